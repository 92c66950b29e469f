package vn.lienthong.payments.internal;

import io.github.resilience4j.core.IntervalFunction;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.failures.FailedSyncStore.FailedRecord;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.platform.TransientFailure;
import vn.lienthong.provincial.ProvincialClient;

/**
 * The steps of routes/payments/payment-relay.yaml: take due payments, and settle each attempt in one
 * transaction per batch: confirmed, refused for good (kept in failed_sync), or due again after a back-off.
 */
@Component
public class PaymentRelay {

    public static final String FLOW = "payment-relay";
    /** The failed_sync stage of a refused confirmation; its record key is {@code <transaction>:1}. */
    public static final String STAGE = "confirm";
    private static final Logger log = LoggerFactory.getLogger(PaymentRelay.class);

    private final PaymentEvents events;
    private final JdbcTemplate jdbc;
    private final FailedSyncStore failures;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final PaymentMetrics metrics;
    private final PaymentSettings.Relay settings;
    private final IntervalFunction backoff;
    private final Clock clock;

    public PaymentRelay(PaymentEvents events, JdbcTemplate jdbc, FailedSyncStore failures, CircuitBreakers breakers,
            RetryAfterGate retryAfter, PaymentMetrics metrics, PaymentSettings settings, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.failures = failures;
        this.breakers = breakers;
        this.retryAfter = retryAfter;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings.relay();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(this.settings.backoffInitial(),
                this.settings.backoffMultiplier(), this.settings.backoffJitter(), this.settings.backoffMax());
    }

    /** Nothing is taken while the province's circuit is open or it asked us to wait. */
    public boolean mayRelay() {
        return !breakers.isOpen(ProvincialClient.SYSTEM) && !retryAfter.isHeld(ProvincialClient.SYSTEM);
    }

    public List<PaymentEvent> claim() {
        return events.claimDue(settings.batchSize(), settings.lease());
    }

    /** The attempt failed in a way a later one may not (or the circuit is open): due again after a back-off. */
    public RelayOutcome retryLater(Exchange exchange) {
        PaymentEvent event = exchange.getProperty("paymentEvent", PaymentEvent.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause instanceof TransientFailure failure) {
            retryAfter.holdOff(failure.system(), failure.retryAfter());
        }
        String reason = cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return RelayOutcome.retry(event, reason);
    }

    @Transactional
    public void settle(List<RelayOutcome> outcomes) {
        Map<RelayOutcome.Kind, List<RelayOutcome>> byKind = outcomes.stream().collect(Collectors.groupingBy(RelayOutcome::kind));
        List<RelayOutcome> done = outcomes.stream().filter(o -> o.kind() == RelayOutcome.Kind.RELAYED
                || o.kind() == RelayOutcome.Kind.DUPLICATE).toList();
        jdbc.batchUpdate("""
                update payment_event set relay_state = 'relayed', relayed_at = now(), lease_until = null, last_error = ?
                 where id = ?""", done.stream().map(o -> new Object[] {
                    o.kind() == RelayOutcome.Kind.DUPLICATE ? "the province had it already" : null, o.event().id()}).toList());
        failures.resolveFlow(FLOW, done.stream().map(o -> STAGE).toList(),
                done.stream().map(o -> o.event().transactionId() + ":1").toList());
        List<RelayOutcome> refused = byKind.getOrDefault(RelayOutcome.Kind.REFUSED, List.of());
        jdbc.batchUpdate("update payment_event set relay_state = 'failed', lease_until = null, last_error = ? where id = ?",
                refused.stream().map(o -> new Object[] {o.reason().text(), o.event().id()}).toList());
        failures.recordFlow(ProvincialClient.SYSTEM, FLOW, refused.stream().map(o -> new FailedRecord(STAGE,
                o.reasonClass(), o.reason(), o.event().transactionId() + ":1", o.event().dossierCode(), o.event().record())).toList());
        List<RelayOutcome> retry = byKind.getOrDefault(RelayOutcome.Kind.RETRY, List.of());
        Instant now = clock.instant();
        jdbc.batchUpdate("update payment_event set next_attempt_at = ?, lease_until = null, last_error = ? where id = ?",
                retry.stream().map(o -> new Object[] {Timestamp.from(now.plusMillis(backoff.apply(o.event().attempts()))),
                        o.reason().text(), o.event().id()}).toList());
        byKind.forEach((kind, list) -> metrics.relayed(kind.name().toLowerCase(), list.size()));
        refused.forEach(o -> log.warn("Payment {} not confirmed to the province, kept in failed_sync: {}",
                o.event().transactionId(), o.reason().text()));
        if (!retry.isEmpty()) {
            log.info("{} payment confirmation(s) will be tried again after a back-off: {}", retry.size(), retry.get(0).reason().text());
        }
    }
}
