package vn.lienthong.failures;

import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

/** One failed sync as the list shows it (no record; the reason masked for viewers). */
public record FailureSummary(
        long id, String system, String flow, String stage, String reasonClass, String reason, String recordKey,
        String code, Long version, String procedureCode, String unitCode, int attempts, int replays,
        OffsetDateTime firstFailedAt, OffsetDateTime lastFailedAt, String status) {

    /** The same failure with its reason passed through {@code mask} (personal numbers hidden from viewers). */
    public FailureSummary masked(UnaryOperator<String> mask) {
        return new FailureSummary(id, system, flow, stage, reasonClass, mask.apply(reason), recordKey,
                code, version, procedureCode, unitCode, attempts, replays, firstFailedAt, lastFailedAt, status);
    }
}
