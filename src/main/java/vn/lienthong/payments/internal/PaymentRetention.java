package vn.lienthong.payments.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.RetentionSettings;

/**
 * Forgets what the payments flows no longer need, a slice at a time (route payment-retention): payment events
 * relayed (or never to relay) more than {@code gateway.retention.payment-events} ago, and reconciliation runs that
 * started more than {@code gateway.retention.payment-reconciliations} ago with their findings. A payment still to
 * relay (pending) or refused by the province (failed: its failure may be replayed) is kept whatever its age. A run
 * takes minutes: one that old is over even if a stop left it marked running.
 */
@Component
public class PaymentRetention {

    private static final Logger log = LoggerFactory.getLogger(PaymentRetention.class);
    private static final int SLICE = 10_000;
    private static final String EXPIRED_RUNS =
            "select id from payment_reconciliation where started_at < now() - make_interval(secs => ?)";

    private final JdbcTemplate jdbc;
    private final RetentionSettings retention;

    public PaymentRetention(JdbcTemplate jdbc, RetentionSettings retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** Deletes one slice of expired rows; answers whether a full slice went, so the route polls again at once. */
    public boolean purgeSlice() {
        int events = jdbc.update("""
                delete from payment_event where id in (
                  select id from payment_event where relay_state in ('relayed', 'not-relayed')
                     and coalesce(relayed_at, received_at) < now() - make_interval(secs => ?) limit ?)""",
                (double) retention.paymentEvents().toSeconds(), SLICE);
        if (events > 0) {
            log.info("Payment retention: {} payment events older than {} deleted", events, retention.paymentEvents());
        }
        return events == SLICE || purgeReconciliations();
    }

    private boolean purgeReconciliations() {
        double seconds = retention.paymentReconciliations().toSeconds();
        int findings = jdbc.update("delete from payment_reconciliation_finding where id in ("
                + "select id from payment_reconciliation_finding where reconciliation_id in (" + EXPIRED_RUNS + ") limit ?)",
                seconds, SLICE);
        if (findings == SLICE) {
            return true;
        }
        jdbc.update("delete from payment_reconciliation_paygov_row where reconciliation_id in (" + EXPIRED_RUNS + ")", seconds);
        jdbc.update("delete from payment_reconciliation_provincial_row where reconciliation_id in (" + EXPIRED_RUNS + ")", seconds);
        int runs = jdbc.update("delete from payment_reconciliation r where id in (" + EXPIRED_RUNS + ")"
                + " and not exists (select 1 from payment_reconciliation_finding f where f.reconciliation_id = r.id)", seconds);
        if (runs > 0) {
            log.info("Payment retention: {} reconciliation runs older than {} deleted with their findings", runs,
                    retention.paymentReconciliations());
        }
        return false;
    }
}
