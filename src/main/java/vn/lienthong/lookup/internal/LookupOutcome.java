package vn.lienthong.lookup.internal;

import java.time.Duration;
import vn.lienthong.platform.Reason;

/**
 * What became of one look-up: a verification, a transient failure (try again after {@code retryAfter} or the
 * back-off), a refusal no retry fixes (kept in failed_sync), or not tried (circuit open, bulkhead full).
 */
public record LookupOutcome(VerificationTask task, Verification verification, Kind kind, Reason reason, Duration retryAfter) {

    public enum Kind { VERIFIED, TRANSIENT, PERMANENT, NOT_TRIED }

    public static LookupOutcome verified(VerificationTask task, Verification verification) {
        return new LookupOutcome(task, verification, Kind.VERIFIED, null, null);
    }

    public static LookupOutcome failed(VerificationTask task, Kind kind, Reason reason, Duration retryAfter) {
        return new LookupOutcome(task, null, kind, reason, retryAfter);
    }
}
