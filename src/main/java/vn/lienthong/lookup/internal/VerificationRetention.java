package vn.lienthong.lookup.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.RetentionSettings;

/**
 * Forgets verification results checked more than {@code gateway.retention.verification-results} ago once they are
 * published (written back to the province and re-pushed to the portal), a slice at a time (route
 * verification-retention). A result still to publish is kept whatever its age. A later version of a forgotten
 * dossier is simply verified again, which restores its DSKetNoiCSDL.
 */
@Component
public class VerificationRetention {

    private static final Logger log = LoggerFactory.getLogger(VerificationRetention.class);
    private static final int SLICE = 10_000;

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public VerificationRetention(JdbcTemplate jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.verificationResults();
    }

    /** Deletes one slice of expired results; answers whether a full slice went, so the route polls again at once. */
    public boolean purgeSlice() {
        int deleted = jdbc.update("""
                delete from verification_result where (code, source) in (
                  select code, source from verification_result
                   where checked_at < now() - make_interval(secs => ?)
                     and written_back_at is not null and repushed_at is not null
                   limit ?)""", (double) retention.toSeconds(), SLICE);
        if (deleted > 0) {
            log.info("Verification retention: {} published results checked more than {} ago deleted", deleted, retention);
        }
        return deleted == SLICE;
    }
}
