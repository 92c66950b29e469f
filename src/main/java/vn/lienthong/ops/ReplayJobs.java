package vn.lienthong.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.failures.FailureFilter;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.failures.FailureSummary;

/**
 * Bulk replays as jobs in PostgreSQL: the failures a job covers are fixed when it starts; the route
 * {@code replay-jobs} works through them a chunk at a time at the job's rate (a Resilience4j rate limiter),
 * and picks up where it was after a restart. Cancelling leaves the failures not yet replayed untouched.
 */
@Component
public class ReplayJobs {

    private static final String JOB = """
            select j.id, j.state, j.filter, j.rate_per_second, j.total, j.done, j.skipped, c.pending, c.resolved,
                   c.failed, j.created_by, j.created_at, j.updated_at, j.finished_at
              from replay_job j cross join lateral (
                select count(*) filter (where i.state = 'pending') as pending,
                       count(*) filter (where i.state = 'replayed' and f.status = 'resolved') as resolved,
                       count(*) filter (where i.state = 'replayed' and f.status in ('open', 'quarantined')) as failed
                  from replay_job_item i left join failed_sync f on f.id = i.failure_id where i.job_id = j.id) c""";

    private final JdbcTemplate jdbc;
    private final FailureQueries failures;
    private final Replays replays;
    private final OpsProperties.Replay settings;
    private final ObjectMapper json;
    private final Map<Long, RateLimiter> limiters = new ConcurrentHashMap<>();

    public ReplayJobs(JdbcTemplate jdbc, FailureQueries failures, Replays replays, OpsProperties properties,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.replays = replays;
        this.settings = properties.replay();
        this.json = json;
    }

    public record DryRun(long count, List<FailureSummary> sample) {
    }

    /** What a bulk replay of this filter would take: open failures only, never quarantined ones. */
    public DryRun dryRun(FailureFilter filter) {
        FailureFilter bulk = filter.forBulkReplay();
        return new DryRun(failures.count(bulk), failures.list(bulk, 0, 10));
    }

    @Transactional
    public ReplayJob start(FailureFilter filter, Integer ratePerSecond, String actor) throws JsonProcessingException {
        int rate = ratePerSecond == null ? settings.defaultRate() : Math.max(1, Math.min(ratePerSecond, settings.maxRate()));
        long id = jdbc.queryForObject("""
                insert into replay_job (state, filter, rate_per_second, total, created_by)
                values ('running', ?, ?, 0, ?) returning id""", Long.class, json.writeValueAsString(filter), rate, actor);
        FailureFilter.Where where = filter.forBulkReplay().where();
        Object[] args = new Object[where.args().size() + 1];
        args[0] = id;
        System.arraycopy(where.argArray(), 0, args, 1, where.args().size());
        int total = jdbc.update("insert into replay_job_item (job_id, failure_id) select ?, f.id from failed_sync f where "
                + where.sql(), args);
        jdbc.update("update replay_job set total = ? where id = ?", total, id);
        return get(id).orElseThrow();
    }

    /** One chunk of the oldest running job; true when there may be more to do at once. */
    public boolean step() {
        List<Object[]> running = jdbc.query(
                "select id, rate_per_second, created_by from replay_job where state = 'running' order by id limit 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)});
        if (running.isEmpty()) {
            return false;
        }
        long id = (Long) running.get(0)[0];
        int rate = (Integer) running.get(0)[1];
        List<Long> ids = jdbc.queryForList("""
                select failure_id from replay_job_item where job_id = ? and state = 'pending'
                 order by failure_id limit ?""", Long.class, id, Math.min(settings.chunk(), rate));
        if (ids.isEmpty()) {
            jdbc.update("""
                    update replay_job set state = 'done', finished_at = now(), updated_at = now()
                     where id = ? and state = 'running'""", id);
            limiters.remove(id);
            return true;
        }
        if (!limiter(id, rate).acquirePermission(ids.size())) {
            return false;
        }
        replays.replay(failures.records(ids), (String) running.get(0)[2], id);
        return true;
    }

    @Transactional
    public Optional<ReplayJob> cancel(long id) {
        int cancelled = jdbc.update("""
                update replay_job set state = 'cancelled', finished_at = now(), updated_at = now()
                 where id = ? and state = 'running'""", id);
        if (cancelled == 1) {
            jdbc.update("update replay_job_item set state = 'cancelled' where job_id = ? and state = 'pending'", id);
        }
        return get(id);
    }

    public Optional<ReplayJob> get(long id) {
        return jdbc.query(JOB + " where j.id = ?", (rs, i) -> job(rs), id).stream().findFirst();
    }

    public List<ReplayJob> list() {
        return jdbc.query(JOB + " order by j.id desc limit 100", (rs, i) -> job(rs));
    }

    private RateLimiter limiter(long id, int rate) {
        return limiters.computeIfAbsent(id, k -> RateLimiter.of("replay-job-" + k, RateLimiterConfig.custom()
                .limitForPeriod(rate).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(2))
                .build()));
    }

    private ReplayJob job(ResultSet rs) throws SQLException {
        try {
            return new ReplayJob(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), FailureFilter.class),
                    rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                    rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class),
                    rs.getObject(14, OffsetDateTime.class));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable filter of replay job " + rs.getLong(1), e);
        }
    }
}
