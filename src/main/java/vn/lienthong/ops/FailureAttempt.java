package vn.lienthong.ops;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One attempt in a failure's history: a failure (stage, reason), a replay (who, how, in which job, what came
 * of it, under which duplicate id) or a release from quarantine.
 */
public record FailureAttempt(
        long id, String kind, OffsetDateTime at, String stage, String reasonClass, String reason, String actor,
        Long jobId, String mode, String outcome, String duplicateId, boolean sent, String reasonCode,
        Map<String, Object> reasonArgs) {

    public FailureAttempt masked() {
        return new FailureAttempt(id, kind, at, stage, reasonClass, PersonalNumbers.maskText(reason), actor, jobId,
                mode, PersonalNumbers.maskText(outcome), duplicateId, sent, reasonCode,
                PersonalNumbers.maskArgs(reasonArgs));
    }
}
