package vn.lienthong.payments.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The payment_event table: every verified payment event once, identified by (transaction, status), and
 * the relay's work list (successful payments not yet confirmed to the province).
 */
@Component
public class PaymentEvents {

    private final JdbcTemplate jdbc;

    public PaymentEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Payments stored and still to be confirmed to the province. */
    public long toRelay() {
        Long n = jdbc.queryForObject("select count(*) from payment_event where relay_state = 'pending'", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Stores a notification, committed when this returns; answers false for a resend (counted on the event).
     * A success is relayed unless the same transaction was already reported refunded.
     */
    public boolean record(Notification n) {
        Boolean fresh = jdbc.queryForObject("""
                insert into payment_event (transaction_id, status, payment_ref, dossier_code, amount, paid_at, source,
                                           record, relay_state)
                values (?, ?, ?, ?, ?, ?, 'notification', ?,
                        case when ? = '1' and not exists (select 1 from payment_event r where r.transaction_id = ?
                                                          and r.status = '4') then 'pending' else 'not-relayed' end)
                on conflict (transaction_id, status) do update set resends = payment_event.resends + 1
                returning resends = 0""", Boolean.class,
                n.transactionId(), n.status(), n.paymentRef(), n.dossierCode(), n.amount(),
                Timestamp.from(n.paidAt().toInstant()), n.record(), n.status(), n.transactionId());
        return Boolean.TRUE.equals(fresh);
    }

    /** Relay state of each stored successful payment by transaction id (absent when none is stored). */
    public Map<String, String> relayStates(List<String> transactionIds) {
        Map<String, String> states = new HashMap<>();
        jdbc.query("select transaction_id, relay_state from payment_event where status = '1' and transaction_id = any(?)",
                rs -> {
                    states.put(rs.getString(1), rs.getString(2));
                }, (Object) transactionIds.toArray(String[]::new));
        return states;
    }

    /** A replay makes refused payments due for the relay again; a payment not 'failed' (any more) is left alone. */
    public void relayAgain(List<String> transactionIds) {
        jdbc.update("""
                update payment_event set relay_state = 'pending', next_attempt_at = now(), lease_until = null, attempts = 0,
                       last_error = null
                 where status = '1' and relay_state = 'failed' and transaction_id = any(?)""",
                (Object) transactionIds.toArray(String[]::new));
    }

    /** Takes up to {@code limit} due payments for this instance for {@code lease}; skips what another holds. */
    public List<PaymentEvent> claimDue(int limit, Duration lease) {
        return jdbc.query("""
                update payment_event e set lease_until = now() + make_interval(secs => ?), attempts = e.attempts + 1
                 where e.id in (select id from payment_event
                                 where relay_state = 'pending' and next_attempt_at <= now()
                                   and (lease_until is null or lease_until < now())
                                 order by id limit ? for update skip locked)
                returning e.id, e.transaction_id, e.payment_ref, e.dossier_code, e.amount, e.paid_at, e.record, e.attempts""",
                (rs, i) -> new PaymentEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8)),
                lease.toMillis() / 1000.0, limit);
    }
}
