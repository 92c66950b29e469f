package vn.lienthong.failures;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which failures an operator means: by system, flow, stage, reason class, procedure, receiving unit, dossier code, period
 * of the last failure ({@code from} inclusive, {@code to} exclusive), attempt count and status. Status
 * "unresolved" (the default) means open, replayed or quarantined; "all" means any.
 */
public record FailureFilter(
        String system, String flow, String stage, String reasonClass, String procedureCode, String unitCode,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
        Integer minAttempts, Integer maxAttempts, String status, String code) {

    public static FailureFilter none() {
        return new FailureFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter narrowed to what a bulk replay takes: open failures only, never quarantined ones. */
    public FailureFilter forBulkReplay() {
        return new FailureFilter(system, flow, stage, reasonClass, procedureCode, unitCode, from, to,
                minAttempts, maxAttempts, "open", code);
    }

    /** The SQL condition on failed_sync (alias f) and its arguments. */
    Where where() {
        Where where = new Where(new StringBuilder("true"), new ArrayList<>());
        where.equal("f.system", system).equal("f.flow", flow).equal("f.stage", stage)
                .equal("f.reason_class", reasonClass).equal("f.procedure_code", procedureCode)
                .equal("f.unit_code", unitCode).equal("f.code", code);
        where.add("f.last_failed_at >= ?", from).add("f.last_failed_at < ?", to)
                .add("f.attempts >= ?", minAttempts).add("f.attempts <= ?", maxAttempts);
        String wanted = status == null || status.isBlank() ? "unresolved" : status;
        if ("unresolved".equals(wanted)) {
            where.sql.append(" and f.status in ('open', 'replayed', 'quarantined')");
        } else if (!"all".equals(wanted)) {
            where.equal("f.status", wanted);
        }
        return where;
    }

    record Where(StringBuilder sql, List<Object> args) {

        Where equal(String column, String value) {
            return value == null || value.isBlank() ? this : add(column + " = ?", value);
        }

        Where add(String condition, Object value) {
            if (value != null) {
                sql.append(" and ").append(condition);
                args.add(value);
            }
            return this;
        }

        Object[] argArray() {
            return args.toArray();
        }
    }
}
