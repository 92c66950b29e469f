package vn.lienthong.story.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Forgets story events older than {@code gateway.ops.story.retention}, a slice at a time (route story-retention). */
@Component
public class StoryRetention {

    private static final Logger log = LoggerFactory.getLogger(StoryRetention.class);
    private static final int SLICE = 10_000;

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public StoryRetention(JdbcTemplate jdbc, @Value("${gateway.ops.story.retention:90d}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Deletes one slice of expired events; answers whether a full slice went, so the route polls again at once. */
    public boolean purgeSlice() {
        int deleted = jdbc.update("""
                delete from dossier_event where id in (
                  select id from dossier_event where at < now() - make_interval(secs => ?) limit ?)""",
                (double) retention.toSeconds(), SLICE);
        if (deleted > 0) {
            log.info("Story retention: {} events older than {} deleted", deleted, retention);
        }
        return deleted == SLICE;
    }
}
