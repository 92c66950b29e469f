package vn.lienthong.ops;

import vn.lienthong.failures.FailedRecord;
import vn.lienthong.platform.Reason;

/**
 * What replaying one failure comes to. {@code mode}: "reread" (the record as the source holds it now) or
 * "resend" (the stored record). A plan that sends carries the record's key ({@code code:version} for dossiers)
 * and payload; {@code newVersion} means the source has moved on, so the record travels under its own key. The
 * detail says why, as a {@link ReplayReasons} code beside its English text.
 */
public record ReplayPlan(FailedRecord failure, String mode, Action action, String resendKey, String payload,
                         Reason detail) {

    public enum Action {
        /** the same version again, under a replay duplicate id */
        RESEND,
        /** a newer version than the failed one, never pulled: sent under its own key; the failure is superseded */
        NEW_VERSION,
        /** a newer version the gateway already has: it follows the normal flow; the failure is superseded */
        NEWER_KNOWN,
        /** nothing can be sent (the source lost it, no replayer, ...): the failure stays as it is */
        SKIP
    }

    public static ReplayPlan skip(FailedRecord failure, String mode, Reason detail) {
        return new ReplayPlan(failure, mode, Action.SKIP, null, null, detail);
    }

    public boolean sends() {
        return action == Action.RESEND || action == Action.NEW_VERSION;
    }
}
