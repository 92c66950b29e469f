package vn.lienthong.failures.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.RetentionSettings;

/**
 * Erases the personal data of settled failures (resolved, or superseded by a newer version) once they have been
 * settled for {@code gateway.retention.resolved-failures} (route failure-retention): the record as received (CCCD
 * numbers, names, birth dates) becomes empty and a replay's payload still held by an attempt goes. The failure
 * stays, with its code, stage, reason, counts and dates, and so does every attempt. Failures still kept for an
 * operator (open, replayed, quarantined) are never touched: they may be replayed from their record.
 */
@Component
public class FailureRetention {

    private static final Logger log = LoggerFactory.getLogger(FailureRetention.class);
    private static final int SLICE = 1_000;

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public FailureRetention(JdbcTemplate jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.resolvedFailures();
    }

    /** Erases one slice; answers whether a full slice went, so the route polls again at once. */
    public boolean purgeSlice() {
        Integer erased = jdbc.queryForObject("""
                with erased as (
                  update failed_sync set record = '' where id in (
                    select id from failed_sync
                     where record <> '' and settled_at < now() - make_interval(secs => ?)
                       and status in ('resolved', 'superseded')
                     limit ? for update skip locked)
                  returning id),
                payloads as (
                  update failed_sync_attempt a set payload = null from erased e
                   where a.failure_id = e.id and a.payload is not null returning a.id)
                select count(*) from erased""", Integer.class, (double) retention.toSeconds(), SLICE);
        if (erased != null && erased > 0) {
            log.info("Failure retention: the records of {} failures settled more than {} ago erased", erased, retention);
        }
        return erased != null && erased == SLICE;
    }
}
