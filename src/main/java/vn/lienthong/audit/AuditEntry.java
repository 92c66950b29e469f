package vn.lienthong.audit;

import java.time.Instant;

/** One operator action: who, when, what (method and path, or a named action), on what, with what, and how it ended. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail,
                         String outcome, String prevHash, String hash) {
}
