package vn.lienthong.failures;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One failed sync as the list shows it (no record; the reason masked for viewers). The reason is the English text;
 * reasonCode and reasonArgs say it in other words (none on rows older than message codes).
 */
public record FailureSummary(
        long id, String system, String flow, String stage, String reasonClass, String reason, String recordKey,
        String code, Long version, String procedureCode, String unitCode, int attempts, int replays,
        OffsetDateTime firstFailedAt, OffsetDateTime lastFailedAt, String status, String reasonCode,
        Map<String, Object> reasonArgs) {

    /** The same failure with its reason and its reason's arguments passed through {@code mask}. */
    public FailureSummary masked(UnaryOperator<String> mask) {
        return new FailureSummary(id, system, flow, stage, reasonClass, mask.apply(reason), recordKey,
                code, version, procedureCode, unitCode, attempts, replays, firstFailedAt, lastFailedAt, status,
                reasonCode, maskedArgs(reasonArgs, mask));
    }

    /**
     * A reason's arguments with their text passed through {@code mask}, in their order (none stays none); a
     * nested reason ({code, args, text}) is masked too.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> maskedArgs(Map<String, Object> args, UnaryOperator<String> mask) {
        if (args == null) {
            return null;
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        args.forEach((name, value) -> masked.put(name, value instanceof String s ? mask.apply(s)
                : value instanceof Map<?, ?> nested ? maskedArgs((Map<String, Object>) nested, mask) : value));
        return masked;
    }
}
