package vn.lienthong.failures;

import vn.lienthong.platform.Reason;

/**
 * A record of a flow other than the dossier sync that no retry will fix, for {@link FailedSyncStore}: the
 * system and stage where it failed, a reason a person understands, and the record as received.
 */
public record FlowFailure(String system, String flow, String stage, String reasonClass, Reason reason, String code,
        long version, String procedureCode, String record) {
}
