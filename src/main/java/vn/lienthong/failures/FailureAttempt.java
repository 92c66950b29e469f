package vn.lienthong.failures;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One attempt in a failure's history: a failure (stage, reason), a replay (who, how, in which job, what came
 * of it, under which duplicate id) or a release from quarantine. Reason and outcome come with their message
 * code and arguments where they were stored with one.
 */
public record FailureAttempt(
        long id, String kind, OffsetDateTime at, String stage, String reasonClass, String reason, String actor,
        Long jobId, String mode, String outcome, String duplicateId, boolean sent, String reasonCode,
        Map<String, Object> reasonArgs, String outcomeCode, Map<String, Object> outcomeArgs) {

    /** The same attempt with its reason, its arguments and its outcome passed through {@code mask}. */
    public FailureAttempt masked(UnaryOperator<String> mask) {
        return new FailureAttempt(id, kind, at, stage, reasonClass, mask.apply(reason), actor, jobId,
                mode, mask.apply(outcome), duplicateId, sent, reasonCode,
                FailureSummary.maskedArgs(reasonArgs, mask), outcomeCode, FailureSummary.maskedArgs(outcomeArgs, mask));
    }
}
