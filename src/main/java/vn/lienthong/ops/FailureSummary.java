package vn.lienthong.ops;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One failed sync as the list shows it (no record; the reason masked for viewers). The reason is the English text;
 * reasonCode and reasonArgs say it in other words (none on rows older than message codes).
 */
public record FailureSummary(
        long id, String system, String flow, String stage, String reasonClass, String reason, String recordKey,
        String code, Long version, String procedureCode, String unitCode, int attempts, int replays,
        OffsetDateTime firstFailedAt, OffsetDateTime lastFailedAt, String status, String reasonCode,
        Map<String, Object> reasonArgs) {

    public FailureSummary masked() {
        return new FailureSummary(id, system, flow, stage, reasonClass, PersonalNumbers.maskText(reason), recordKey,
                code, version, procedureCode, unitCode, attempts, replays, firstFailedAt, lastFailedAt, status,
                reasonCode, PersonalNumbers.maskArgs(reasonArgs));
    }
}
