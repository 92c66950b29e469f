package vn.lienthong.reconcile.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.RetentionSettings;

/**
 * Forgets reconciliation runs with the portal that started more than {@code gateway.retention.reconciliations}
 * ago and are over, with their findings (route reconciliation-retention): the findings a slice at a time, then the
 * runs they emptied. A running run is kept whatever its age.
 */
@Component
public class ReconciliationRetention {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRetention.class);
    private static final int SLICE = 10_000;
    private static final String EXPIRED_RUNS = """
            select id from reconciliation_run where status <> 'running' and started_at < now() - make_interval(secs => ?)""";

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public ReconciliationRetention(JdbcTemplate jdbc, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.retention = settings.reconciliations();
    }

    /** Deletes one slice of expired findings, or the expired runs once none is left; answers whether more may wait. */
    public boolean purgeSlice() {
        double seconds = retention.toSeconds();
        int findings = jdbc.update("delete from reconciliation_finding where (run_id, code) in ("
                + "select run_id, code from reconciliation_finding where run_id in (" + EXPIRED_RUNS + ") limit ?)",
                seconds, SLICE);
        if (findings == SLICE) {
            return true;
        }
        int runs = jdbc.update("delete from reconciliation_run where id in (" + EXPIRED_RUNS + ")", seconds);
        if (runs > 0) {
            log.info("Reconciliation retention: {} runs started more than {} ago deleted with their findings", runs, retention);
        }
        return false;
    }
}
