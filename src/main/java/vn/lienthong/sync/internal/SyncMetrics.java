package vn.lienthong.sync.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The sync spine's counters, exported on /actuator/prometheus as lienthong_dossiers_*_total. */
@Component
public class SyncMetrics {

    private final MeterRegistry registry;
    private final Counter pulled;
    private final Counter delivered;
    private final Counter superseded;
    private final Counter retried;

    public SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pulled = counter("lienthong.dossiers.pulled", "Dossier versions taken from the provincial feed onto the queue");
        this.delivered = counter("lienthong.dossiers.delivered", "Dossier versions accepted by the national portal");
        this.superseded = counter("lienthong.dossiers.superseded", "Dossier versions skipped because a newer one was delivered");
        this.retried = counter("lienthong.dossiers.retried", "Dossier versions taken again from the queue after a failed attempt");
        // every stage from the start, at zero: rate() and the alert rules see a series before the first failure
        for (String stage : new String[] {Rejection.STAGE_READ, Rejection.STAGE_VALIDATE, Rejection.STAGE_PUSH, Rejection.STAGE_PROGRESS}) {
            failed(stage, 0);
        }
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    void pulled(int n) {
        pulled.increment(n);
    }

    void delivered(int n) {
        delivered.increment(n);
    }

    void superseded(int n) {
        superseded.increment(n);
    }

    void retried(int n) {
        retried.increment(n);
    }

    void failed(String stage, int n) {
        Counter.builder("lienthong.dossiers.failed")
                .description("Dossier versions kept in the failed-sync table, by stage")
                .tag("stage", stage)
                .register(registry)
                .increment(n);
    }
}
