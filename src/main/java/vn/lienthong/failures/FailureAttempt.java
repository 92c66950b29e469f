package vn.lienthong.failures;

import java.time.OffsetDateTime;
import vn.lienthong.ops.PersonalNumbers;

/**
 * One attempt in a failure's history: a failure (stage, reason), a replay (who, how, in which job, what came
 * of it, under which duplicate id) or a release from quarantine.
 */
public record FailureAttempt(
        long id, String kind, OffsetDateTime at, String stage, String reasonClass, String reason, String actor,
        Long jobId, String mode, String outcome, String duplicateId, boolean sent) {

    public FailureAttempt masked() {
        return new FailureAttempt(id, kind, at, stage, reasonClass, PersonalNumbers.maskText(reason), actor, jobId,
                mode, PersonalNumbers.maskText(outcome), duplicateId, sent);
    }
}
