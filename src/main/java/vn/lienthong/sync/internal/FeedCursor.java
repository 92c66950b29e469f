package vn.lienthong.sync.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feed cursor, kept in PostgreSQL, and a lease on it so that only one gateway instance reads the
 * feed at a time; another takes over when the holder stops renewing.
 */
@Component
public class FeedCursor {

    static final String FEED = "provincial-dossiers";

    private final JdbcTemplate jdbc;
    private final String owner = UUID.randomUUID().toString();
    private final Duration lease;

    public FeedCursor(JdbcTemplate jdbc, @Value("${gateway.feed.lease:30s}") Duration lease) {
        this.jdbc = jdbc;
        this.lease = lease;
    }

    public FeedPosition claim() {
        List<String> cursor = jdbc.query("""
                update feed_cursor set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                 where feed = ? and (lease_owner is null or lease_owner = ? or lease_until < now())
                returning cursor_value""",
                (rs, i) -> rs.getString(1), owner, lease.toSeconds(), FEED, owner);
        return cursor.isEmpty() ? new FeedPosition(false, null) : new FeedPosition(true, cursor.get(0));
    }

    /** Moves the cursor; fails when this instance lost its lease meanwhile, so the page is read again. */
    void advance(String cursor) {
        int updated = jdbc.update("""
                update feed_cursor set cursor_value = ?, updated_at = now() where feed = ? and lease_owner = ?""",
                cursor, FEED, owner);
        if (updated != 1) {
            throw new IllegalStateException("Feed lease lost to another gateway instance; the page will be read again");
        }
    }
}
