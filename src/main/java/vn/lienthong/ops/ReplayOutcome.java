package vn.lienthong.ops;

import java.util.Map;

/**
 * What a replay did with one failure: how (reread/resend), what (queued, superseded, skipped), and why (the
 * detail's English text, with its message code and arguments for the reader's language).
 */
public record ReplayOutcome(long failureId, String mode, String outcome, String duplicateId, String detail,
                            String detailCode, Map<String, Object> detailArgs) {
}
