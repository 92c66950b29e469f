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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.failures.FailureFilter;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.failures.FailureReplays;
import vn.lienthong.failures.FailureSummary;
import vn.lienthong.platform.CodedCauses;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.GaveUp;
import vn.lienthong.platform.Reason;

/**
 * Bulk replays as jobs in PostgreSQL: the failures a job covers are fixed when it starts; the route
 * {@code replay-jobs} works through them a chunk at a time at the job's rate (a Resilience4j rate limiter),
 * and picks up where it was after a restart. Cancelling leaves the failures not yet replayed untouched; a job
 * whose source refuses the gateway's configuration, or stays down past give-up-after, ends {@code failed}.
 */
@Component
public class ReplayJobs {

    private static final Logger log = LoggerFactory.getLogger(ReplayJobs.class);

    private static final String JOB = """
            select j.id, j.state, j.filter, j.rate_per_second, j.total, j.done, j.skipped,
                   (select count(*) from replay_job_item i where i.job_id = j.id and i.state = 'pending'),
                   j.created_by, j.created_at, j.updated_at, j.finished_at, j.reason, j.reason_code,
                   j.reason_args::text
              from replay_job j""";

    private final JdbcTemplate jdbc;
    private final FailureQueries failures;
    private final FailureReplays outcomes;
    private final Replays replays;
    private final OpsProperties.Replay settings;
    private final ObjectMapper json;
    private final Map<Long, RateLimiter> limiters = new ConcurrentHashMap<>();

    public ReplayJobs(JdbcTemplate jdbc, FailureQueries failures, FailureReplays outcomes, Replays replays,
            OpsProperties properties, ObjectMapper json) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.outcomes = outcomes;
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
        int total = jdbc.update("insert into replay_job_item (job_id, failure_id) select ?, unnest(?::bigint[])", id,
                failures.ids(filter.forBulkReplay()).toArray(Long[]::new));
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
        try {
            replays.replay(failures.records(ids), (String) running.get(0)[2], id);
        } catch (GaveUp | ConfigurationFailure e) {
            fail(id, e);
        }
        return true;
    }

    /**
     * A source that refused our configuration, or stayed down past give-up-after without an answer, ends the job
     * with its reason: polling it again would only wait as long again. What it had not reached stays pending.
     */
    private void fail(long id, RuntimeException cause) {
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Reason reason = CodedCauses.of(cause, text).orElseGet(() -> Reason.uncoded(text));
        jdbc.update("""
                update replay_job set state = 'failed', finished_at = now(), updated_at = now(), reason = ?,
                       reason_code = ?, reason_args = ?::json where id = ? and state = 'running'""",
                reason.text(), reason.code(), reason.argsJson(), id);
        limiters.remove(id);
        log.error("Replay job {} failed: {}", id, text);
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
        return withOutcomes(jdbc.query(JOB + " where j.id = ?", (rs, i) -> job(rs), id)).stream().findFirst();
    }

    public List<ReplayJob> list() {
        return withOutcomes(jdbc.query(JOB + " order by j.id desc limit 100", (rs, i) -> job(rs)));
    }

    /** Failures still to be replayed by running jobs. */
    public long pendingItems() {
        Long n = jdbc.queryForObject("select count(*) from replay_job_item i join replay_job j on j.id = i.job_id"
                + " where j.state = 'running' and i.state = 'pending'", Long.class);
        return n == null ? 0 : n;
    }

    /** What became of the failures each job sent again, as their own records say now. */
    private List<ReplayJob> withOutcomes(List<ReplayJob> jobs) {
        Map<Long, FailureReplays.JobOutcome> byJob = outcomes.jobOutcomes(jobs.stream().map(ReplayJob::id).toList());
        return jobs.stream().map(j -> {
            FailureReplays.JobOutcome o = byJob.getOrDefault(j.id(), new FailureReplays.JobOutcome(0, 0));
            return new ReplayJob(j.id(), j.state(), j.filter(), j.ratePerSecond(), j.total(), j.done(), j.skipped(),
                    j.pending(), o.resolved(), o.failed(), j.createdBy(), j.createdAt(), j.updatedAt(), j.finishedAt(),
                    j.reason(), j.reasonCode(), j.reasonArgs());
        }).toList();
    }

    private RateLimiter limiter(long id, int rate) {
        return limiters.computeIfAbsent(id, k -> RateLimiter.of("replay-job-" + k, RateLimiterConfig.custom()
                .limitForPeriod(rate).limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(2))
                .build()));
    }

    private ReplayJob job(ResultSet rs) throws SQLException {
        try {
            return new ReplayJob(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(3), FailureFilter.class),
                    rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), 0, 0,
                    rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class),
                    rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getString(14),
                    Reason.argsOf(rs.getString(15)));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable filter of replay job " + rs.getLong(1), e);
        }
    }
}
