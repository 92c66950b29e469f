package vn.lienthong.failures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.platform.Reason;

/**
 * A failure's side of a replay, inside the replay's transaction: its status and replay count (arming the loop
 * guard at the last allowed replay), and an attempt row that holds the record until it is sent.
 */
@Component
public class FailureReplays {

    private final JdbcTemplate jdbc;

    FailureReplays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay recorded but whose record is not on its way yet (a crash in between). */
    public record Unsent(String flow, long attemptId, String resendKey, String duplicateId, String payload) {
    }

    /** Of the failures a job replayed: how many reached their target since, and how many failed again. */
    public record JobOutcome(int resolved, int failed) {
    }

    /** The failure's status, its row locked until the replay's transaction ends. */
    public String lockStatus(long failureId) {
        return jdbc.queryForObject("select status from failed_sync where id = ? for update", String.class, failureId);
    }

    /** An attempt's id before it is recorded: the broker's duplicate id of a replay is made from it. */
    public long newAttemptId() {
        return jdbc.queryForObject("select nextval(pg_get_serial_sequence('failed_sync_attempt', 'id'))", Long.class);
    }

    /**
     * A replay attempt, its outcome with its code and arguments; {@code payload} (null when nothing is sent) is
     * kept until {@link #markSent}.
     */
    public void recordAttempt(long attemptId, long failureId, String actor, Long jobId, String mode, Reason outcome,
                              String resendKey, String duplicateId, String payload) {
        jdbc.update("""
                insert into failed_sync_attempt (id, failure_id, kind, actor, job_id, mode, outcome, outcome_code,
                                                 outcome_args, resend_key, duplicate_id, payload)
                values (?, ?, 'replay', ?, ?, ?, ?, ?, ?::json, ?, ?, ?)""",
                attemptId, failureId, actor, jobId, mode, outcome.text(), outcome.code(), outcome.argsJson(), resendKey,
                duplicateId, payload);
    }

    /** Sent again as it was; the loop guard is armed once it has been replayed {@code loopGuardReplays} times. */
    public void replayed(long failureId, int loopGuardReplays) {
        jdbc.update("""
                update failed_sync set status = 'replayed', replays = replays + 1,
                       loop_guard_armed = replays + 1 >= ? where id = ?""", loopGuardReplays, failureId);
    }

    /** A newer version went (or was already known) in its place. */
    public void superseded(long failureId) {
        jdbc.update("update failed_sync set status = 'superseded', replays = replays + 1 where id = ?", failureId);
    }

    /** Replays recorded more than a few seconds ago whose record is still not on its way. */
    public List<Unsent> unsent() {
        return jdbc.query("""
                select f.flow, a.id, a.resend_key, a.duplicate_id, a.payload from failed_sync_attempt a
                  join failed_sync f on f.id = a.failure_id
                 where a.payload is not null and a.at < now() - interval '10 seconds' order by a.id limit 500""",
                (rs, i) -> new Unsent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
    }

    public void markSent(Collection<Long> attemptIds) {
        jdbc.update("update failed_sync_attempt set payload = null where id = any(?)",
                (Object) attemptIds.toArray(Long[]::new));
    }

    /** Per job: the failures it sent again (not those it skipped) that are resolved now, and those open again. */
    public Map<Long, JobOutcome> jobOutcomes(Collection<Long> jobIds) {
        Map<Long, JobOutcome> outcomes = new HashMap<>();
        if (jobIds.isEmpty()) {
            return outcomes;
        }
        PgArrays.with(jdbc, a -> {
            jdbc.query("""
                    select a.job_id, count(distinct f.id) filter (where f.status = 'resolved'),
                           count(distinct f.id) filter (where f.status in ('open', 'quarantined'))
                      from failed_sync_attempt a join failed_sync f on f.id = a.failure_id
                     where a.job_id = any(?) and a.kind = 'replay' and a.outcome not like 'skipped%'
                     group by a.job_id""",
                    rs -> {
                        outcomes.put(rs.getLong(1), new JobOutcome(rs.getInt(2), rs.getInt(3)));
                    }, a.bigint(jobIds, id -> id));
            return null;
        });
        return outcomes;
    }
}
