package vn.lienthong.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.monitoring.OpsSnapshot.LastRun;
import vn.lienthong.monitoring.OpsSnapshot.Pause;

/**
 * Reads an {@link OpsSnapshot} at most once per {@link #MAX_AGE}, however many scrapes and console pages ask:
 * a handful of indexed queries (the unsynced versions have a partial index, failures are few).
 */
@Component
public class OpsSnapshots {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final List<String> RECONCILIATION_KINDS = List.of("behind", "missing", "differs", "unknown", "failed");
    static final List<String> PAYMENT_KINDS = List.of("amount_mismatch", "paid_without_paygov", "bad_checksum",
            "refund_not_reflected", "status_mismatch", "confirmed");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private OpsSnapshot cached;

    public OpsSnapshots(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public synchronized OpsSnapshot current() {
        Instant now = clock.instant();
        if (cached == null || cached.at().plus(MAX_AGE).isBefore(now)) {
            cached = read(now);
        }
        return cached;
    }

    /** A snapshot read now, for a page that has just changed something. */
    public synchronized OpsSnapshot fresh() {
        cached = read(clock.instant());
        return cached;
    }

    private OpsSnapshot read(Instant now) {
        Map<String, Object> backlog = jdbc.queryForMap(
                "select count(*) as n, min(pulled_at) as oldest from sync_version where state = 'queued'");
        return new OpsSnapshot(now, number(backlog.get("n")), instant(backlog.get("oldest")), failures(),
                count("select count(*) from payment_event where relay_state = 'pending'"),
                count("select count(*) from verification_task"),
                count("select count(*) from replay_job_item i join replay_job j on j.id = i.job_id"
                        + " where j.state = 'running' and i.state = 'pending'"),
                jdbc.query("select system, what, paused_by, paused_at from system_pause order by system, what",
                        (rs, i) -> new Pause(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant())),
                lastRun("select id, finished_at, dry_run, behind, missing, differs, unknown, failed"
                        + " from reconciliation_run where status = 'completed' order by finished_at desc limit 1",
                        RECONCILIATION_KINDS),
                lastRun("select id, finished_at, false, amount_mismatch, paid_without_paygov, bad_checksum,"
                        + " refund_not_reflected, status_mismatch, confirmed from payment_reconciliation"
                        + " where state = 'completed' order by finished_at desc limit 1", PAYMENT_KINDS));
    }

    private Map<String, Map<String, Long>> failures() {
        Map<String, Map<String, Long>> byFlow = new TreeMap<>();
        jdbc.query("select flow, status, count(*) from failed_sync where status in ('open', 'replayed', 'quarantined')"
                + " group by flow, status", rs -> {
                    byFlow.computeIfAbsent(rs.getString(1), flow -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return byFlow;
    }

    private LastRun lastRun(String sql, List<String> kinds) {
        List<LastRun> runs = jdbc.query(sql, (rs, i) -> lastRun(rs, kinds));
        return runs.isEmpty() ? null : runs.get(0);
    }

    private static LastRun lastRun(ResultSet rs, List<String> kinds) throws SQLException {
        Map<String, Long> findings = new LinkedHashMap<>();
        for (int k = 0; k < kinds.size(); k++) {
            findings.put(kinds.get(k), rs.getLong(4 + k));
        }
        return new LastRun(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), findings);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
