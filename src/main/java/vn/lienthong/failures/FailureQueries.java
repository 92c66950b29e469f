package vn.lienthong.failures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.platform.Reason;

/** Reads the failed_sync table and the attempts kept beside it: every other module's view of its failures. */
@Component
public class FailureQueries {

    private static final String SUMMARY = """
            select f.id, f.system, f.flow, f.stage, f.reason_class, f.reason, f.record_key, f.code, f.version,
                   f.procedure_code, f.unit_code, f.attempts, f.replays, f.first_failed_at, f.last_failed_at, f.status,
                   f.reason_code, f.reason_args::text
              from failed_sync f""";
    private static final String RECORD = """
            select f.id, f.system, f.flow, f.stage, f.reason_class, f.reason, f.record_key, f.code, f.version,
                   f.record, f.attempts, f.replays, f.status
              from failed_sync f""";

    private final JdbcTemplate jdbc;

    public FailureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<FailureSummary> list(FailureFilter filter, int page, int size) {
        FailureFilter.Where where = filter.where();
        where.args().add(size);
        where.args().add((long) page * size);
        return jdbc.query(SUMMARY + " where " + where.sql() + " order by f.last_failed_at desc, f.id desc limit ? offset ?",
                (rs, i) -> summary(rs), where.argArray());
    }

    /** Every failure of one dossier, whatever its status, newest first. */
    public List<FailureSummary> forCode(String code) {
        return jdbc.query(SUMMARY + " where f.code = ? order by f.last_failed_at desc, f.id desc limit 100",
                (rs, i) -> summary(rs), code);
    }

    public long count(FailureFilter filter) {
        FailureFilter.Where where = filter.where();
        Long n = jdbc.queryForObject("select count(*) from failed_sync f where " + where.sql(), Long.class,
                where.argArray());
        return n == null ? 0 : n;
    }

    public Optional<FailureDetails> details(long id) {
        List<FailureSummary> found = jdbc.query(SUMMARY + " where f.id = ?", (rs, i) -> summary(rs), id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String record = jdbc.queryForObject("select record from failed_sync where id = ?", String.class, id);
        List<FailureAttempt> attempts = jdbc.query("""
                select id, kind, at, stage, reason_class, reason, actor, job_id, mode, outcome, duplicate_id,
                       payload is null, reason_code, reason_args::text, outcome_code, outcome_args::text
                  from failed_sync_attempt where failure_id = ? order by id""",
                (rs, i) -> new FailureAttempt(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, Long.class), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getBoolean(12), rs.getString(13), Reason.argsOf(rs.getString(14)), rs.getString(15),
                        Reason.argsOf(rs.getString(16))), id);
        return Optional.of(new FailureDetails(found.get(0), record, attempts));
    }

    public Optional<FailedRecord> record(long id) {
        return records(List.of(id)).stream().findFirst();
    }

    public List<FailedRecord> records(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(RECORD + " where f.id = any(?) order by f.id", (rs, i) -> new FailedRecord(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), rs.getString(10), rs.getInt(11),
                rs.getInt(12), rs.getString(13)), (Object) ids.toArray(Long[]::new));
    }

    /** The ids of the failures a filter means, in id order: what a bulk replay job covers. */
    public List<Long> ids(FailureFilter filter) {
        FailureFilter.Where where = filter.where();
        return jdbc.queryForList("select f.id from failed_sync f where " + where.sql() + " order by f.id", Long.class,
                where.argArray());
    }

    /** Failures kept for an operator (open, replayed, quarantined): flow, then status, then count. */
    public Map<String, Map<String, Long>> unresolvedByFlowAndStatus() {
        Map<String, Map<String, Long>> byFlow = new TreeMap<>();
        jdbc.query("select flow, status, count(*) from failed_sync where status in ('open', 'replayed', 'quarantined')"
                + " group by flow, status", rs -> {
                    byFlow.computeIfAbsent(rs.getString(1), flow -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return byFlow;
    }

    /** A dossier's open failure in a flow: its newest failed version and that version's reason. */
    public record OpenFailure(String code, long version, String reason) {
    }

    /** Open failures of a flow in these units, one per dossier, with a code after {@code afterCode}, in code order. */
    public List<OpenFailure> open(String flow, Collection<String> units, String afterCode, int size) {
        return PgArrays.with(jdbc, a -> jdbc.query("""
                select code, max(version), (array_agg(reason order by version desc))[1] from failed_sync
                 where status = 'open' and flow = ? and code > ? and unit_code = any(?)
                 group by code order by code limit ?""",
                (rs, i) -> new OpenFailure(rs.getString(1), rs.getLong(2), rs.getString(3)),
                flow, afterCode, a.text(units, u -> u), size));
    }

    /** The receiving units holding an open failure of a flow. */
    public List<String> unitsWithOpenFailures(String flow) {
        return jdbc.queryForList("""
                select distinct unit_code from failed_sync where status = 'open' and flow = ? and unit_code is not null""",
                String.class, flow);
    }

    private static FailureSummary summary(ResultSet rs) throws SQLException {
        return new FailureSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Long.class), rs.getString(10),
                rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getObject(14, OffsetDateTime.class),
                rs.getObject(15, OffsetDateTime.class), rs.getString(16), rs.getString(17), Reason.argsOf(rs.getString(18)));
    }
}
