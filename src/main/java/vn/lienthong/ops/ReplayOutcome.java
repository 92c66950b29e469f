package vn.lienthong.ops;

/** What a replay did with one failure: how (reread/resend), what (queued, superseded, skipped), and why. */
public record ReplayOutcome(long failureId, String mode, String outcome, String duplicateId, String detail) {
}
