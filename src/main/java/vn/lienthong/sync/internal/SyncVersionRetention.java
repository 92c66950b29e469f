package vn.lienthong.sync.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.RetentionSettings;

/**
 * Forgets the versions of sync_version no flow needs any more (route sync-version-retention): a version settled as
 * delivered or superseded longer than {@code gateway.retention.sync-versions} ago, once a newer version of its
 * dossier is known. Kept whatever their age: queued versions (in flight: their batch waits for their outcome and
 * the back-pressure counts them), the newest version of each dossier (the intake de-duplicates the feed against
 * it) and failed versions (a failure kept for an operator, which a replay puts back in the queue). Should the feed
 * ever serve a forgotten version again, the ledger, never purged, settles it as superseded or already delivered.
 * <p>
 * The purge walks the table in key order, a slice of dossiers at a time, so a slice costs the same however many
 * old dossiers keep their newest version; each run walks it once, from the start.
 */
@Component
public class SyncVersionRetention {

    private static final Logger log = LoggerFactory.getLogger(SyncVersionRetention.class);
    private static final int SLICE = 10_000;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private String walkedTo = "";
    private long deletedInWalk;

    public SyncVersionRetention(JdbcTemplate jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.syncVersions();
    }

    /** Purges the next slice of dossiers; answers whether the walk has further to go (the route polls again at once). */
    public synchronized boolean purgeSlice() {
        String to = jdbc.queryForObject("""
                select max(code) from (select code from sync_version where code > ? order by code limit ?) s""",
                String.class, walkedTo, SLICE);
        if (to == null) {
            if (deletedInWalk > 0) {
                log.info("Sync version retention: {} versions settled more than {} ago deleted", deletedInWalk, retention);
            }
            walkedTo = "";
            deletedInWalk = 0;
            return false;
        }
        deletedInWalk += jdbc.update("""
                delete from sync_version s
                 where s.code > ? and s.code <= ? and s.state in ('delivered', 'superseded')
                   and s.decided_at < now() - make_interval(secs => ?)
                   and exists (select 1 from sync_version n where n.code = s.code and n.version > s.version)""",
                walkedTo, to, (double) retention.toSeconds());
        walkedTo = to;
        return true;
    }
}
