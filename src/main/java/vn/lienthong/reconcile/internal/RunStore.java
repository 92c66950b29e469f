package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.VietnamTime;
import vn.lienthong.reconcile.RunViews;

/** Reconciliation runs in PostgreSQL: started, counted, ended. */
@Component
public class RunStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RunStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long start(RunRequest request, List<String> units) {
        return jdbc.execute((ConnectionCallback<Long>) con -> jdbc.queryForObject("""
                insert into reconciliation_run (trigger, units, period_from, period_to, dry_run, status)
                values (?, ?, ?, ?, ?, 'running') returning id""", Long.class,
                request.trigger(), con.createArrayOf("text", units.toArray()), Timestamp.from(request.from().toInstant()),
                Timestamp.from(request.to().toInstant()), request.dryRun()));
    }

    /** @param error why it failed, null when it did not */
    void finish(long id, RunProgress progress, String status, Reason error) {
        jdbc.update("""
                update reconciliation_run set status = ?, finished_at = now(), compared = ?, agreement = ?,
                       behind = ?, missing = ?, differs = ?, unknown = ?, failed = ?, repaired = ?, error = ?,
                       error_code = ?, error_args = ?::json, timings = ? where id = ?""",
                status, progress.compared(), progress.count(FindingKind.AGREEMENT), progress.count(FindingKind.BEHIND),
                progress.count(FindingKind.MISSING), progress.count(FindingKind.DIFFERS),
                progress.count(FindingKind.UNKNOWN), progress.count(FindingKind.FAILED), progress.repaired(),
                error == null ? null : error.text(), error == null ? null : error.code(),
                error == null ? null : error.argsJson(), toJson(progress.timings()), id);
    }

    /** A run left 'running' by a gateway that stopped in the middle of it: what it was asked, and its units. */
    record Leftover(long id, RunRequest request, List<String> units, int resumed) {
    }

    /** Runs left 'running' by a gateway that stopped in the middle of them (not those this one goes on with). */
    List<Leftover> leftovers(Set<Long> ours) {
        return jdbc.execute((ConnectionCallback<List<Leftover>>) con -> jdbc.query("""
                select id, trigger, units, period_from, period_to, dry_run, resumed from reconciliation_run
                 where status = 'running' and id <> all(?) order by id""", (rs, i) -> {
                    List<String> units = List.of((String[]) rs.getArray(3).getArray());
                    RunRequest request = new RunRequest(units.size() == 1 ? units.get(0) : null, at(rs.getTimestamp(4)),
                            at(rs.getTimestamp(5)), rs.getBoolean(6), rs.getString(2));
                    return new Leftover(rs.getLong(1), request, units, rs.getInt(7));
                }, con.createArrayOf("bigint", ours.toArray())));
    }

    /**
     * The run starts again under its own id: what it found before the stop is forgotten (it is found again; what
     * it repaired is in flight or delivered by now, so it is not repaired twice), and it counts one more resume.
     */
    @Transactional
    void resume(long id) {
        jdbc.update("delete from reconciliation_finding where run_id = ?", id);
        jdbc.update("update reconciliation_run set resumed = resumed + 1 where id = ?", id);
    }

    /** A run cut short once too often: left as it is, for a person to start again. */
    void interrupt(long id) {
        jdbc.update("update reconciliation_run set status = 'interrupted', finished_at = now(),"
                + " error = 'the gateway stopped during the run' where id = ? and status = 'running'", id);
    }

    public Optional<Map<String, Object>> find(long id) {
        return jdbc.queryForList(SELECT + " where id = ?", id).stream().findFirst();
    }

    /** The newest completed run: id, when it finished, whether it was a dry run, and its counts by finding kind. */
    public Optional<RunViews.CompletedRun> lastCompleted() {
        return jdbc.query("select id, finished_at, dry_run, " + String.join(", ", RunViews.FINDING_KINDS)
                + " from reconciliation_run where status = 'completed' order by finished_at desc limit 1", (rs, i) -> {
                    Map<String, Long> findings = new LinkedHashMap<>();
                    for (int k = 0; k < RunViews.FINDING_KINDS.size(); k++) {
                        findings.put(RunViews.FINDING_KINDS.get(k), rs.getLong(4 + k));
                    }
                    return new RunViews.CompletedRun(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3),
                            findings);
                }).stream().findFirst();
    }

    public List<Map<String, Object>> recent(int limit) {
        return jdbc.queryForList(SELECT + " order by id desc limit ?", limit);
    }

    private static final String SELECT = """
            select id, trigger, array_to_string(units, ',') as units, period_from, period_to, dry_run, status,
                   started_at, finished_at, compared, agreement, behind, missing, differs, unknown, failed, repaired,
                   error, error_code, error_args::text as error_args, timings, resumed from reconciliation_run""";

    private String toJson(Map<String, Long> timings) {
        try {
            return json.writeValueAsString(timings);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static OffsetDateTime at(Object timestamp) {
        return timestamp == null ? null : ((Timestamp) timestamp).toInstant().atOffset(VietnamTime.OFFSET);
    }
}
