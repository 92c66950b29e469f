package vn.lienthong.payments.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Payment counters on /actuator/prometheus: lienthong_payments_notifications_total, _relayed_total. */
@Component
public class PaymentMetrics {

    private final MeterRegistry registry;

    public PaymentMetrics(MeterRegistry registry) {
        this.registry = registry;
        // every outcome from the start, at zero: rate() and the alert rules see a series before the first event
        for (String outcome : new String[] {"stored", "resend", "invalid", "rejected-kept", "rejected-not-kept"}) {
            notifications(outcome);
        }
        for (RelayOutcome.Kind kind : RelayOutcome.Kind.values()) {
            relayed(kind.name().toLowerCase(), 0);
        }
    }

    /** A notification answered: stored, resend, invalid (verified but unusable), or rejected (bad checksum). */
    void notification(String outcome) {
        notifications(outcome).increment();
    }

    private Counter notifications(String outcome) {
        return Counter.builder("lienthong.payments.notifications").description("PayGov notifications received, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    void rejected(boolean kept) {
        notification(kept ? "rejected-kept" : "rejected-not-kept");
    }

    /** A relay attempt settled: relayed, duplicate (the province had it), failed (permanent), retry. */
    void relayed(String outcome, int n) {
        Counter.builder("lienthong.payments.relayed").description("Payment confirmations to the province, by outcome")
                .tag("outcome", outcome).register(registry).increment(n);
    }
}
