package vn.lienthong.payments.reconciliation;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lienthong.payments.internal.PaymentSettings;

/**
 * Starts reconciliation runs: on demand for any day, and from the schedule for the previous day unless a run
 * of that day completed. Runs are queued to routes/payments/payment-reconciliation.yaml, one at a time; a run a
 * stop cut short goes on at the next start.
 */
@Component
public class Reconciliations {

    private static final Logger log = LoggerFactory.getLogger(Reconciliations.class);

    static final String QUEUE = "seda:payment-reconciliation";

    private final ReconciliationRuns runs;
    private final ProducerTemplate producer;
    private final PaymentSettings.Reconciliation settings;
    private final Clock clock;

    public Reconciliations(ReconciliationRuns runs, ProducerTemplate producer, PaymentSettings settings, Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.producer = producer;
        this.settings = settings.reconciliation();
    }

    public ReconciliationJob request(LocalDate day, String trigger) {
        ReconciliationJob job = runs.start(day, trigger);
        producer.sendBody(QUEUE, job);
        return job;
    }

    /** Runs a stop cut short (a crash, a shutdown) are queued again under their own ids, each from its start. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeLeftovers() {
        for (ReconciliationJob job : runs.leftovers()) {
            log.warn("Payment reconciliation {} of {} was cut short by the last stop: resumed", job.id(), job.day());
            runs.resume(job.id());
            producer.sendBody(QUEUE, job);
        }
    }

    /** The scheduled run: yesterday (in the province's time zone), unless already reconciled. */
    public void scheduled() {
        LocalDate yesterday = LocalDate.now(clock.withZone(settings.zone())).minusDays(1);
        if (!runs.completed(yesterday)) {
            request(yesterday, "schedule");
        }
    }
}
