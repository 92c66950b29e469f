package vn.lienthong.monitoring.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import vn.lienthong.monitoring.OpsSnapshot.LastRun;
import vn.lienthong.monitoring.OpsSnapshot;
import vn.lienthong.monitoring.OpsSnapshots;
import vn.lienthong.ops.FlowReplayer;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.ExternalSystems;

/**
 * The gauges behind the alert rules of config/monitoring/: backlog, failures kept, pauses, the newest
 * reconciliations' findings, each breaker's last change. Prometheus names: lienthong_..., seconds for ages,
 * Unix seconds for times. All read one cached {@link OpsSnapshot}, so a scrape costs a few queries at most.
 */
@Component
class OpsGauges {

    static final List<String> FAILURE_STATUSES = List.of("open", "replayed", "quarantined");

    OpsGauges(MeterRegistry registry, OpsSnapshots snapshots, ExternalSystems systems, CircuitBreakers breakers,
              List<FlowReplayer> flows) {
        Registrar gauges = new Registrar(registry, snapshots);
        gauges.add("lienthong.sync.backlog.versions", "Dossier versions pulled from the province, waiting on the broker",
                OpsSnapshot::backlogVersions);
        gauges.add("lienthong.sync.oldest.unsynced.age.seconds", "Age of the oldest dossier version waiting on the broker",
                s -> s.oldestUnsyncedAge().toMillis() / 1000.0);
        gauges.add("lienthong.payments.relay.backlog", "Payments stored and still to be confirmed to the province",
                OpsSnapshot::paymentsToRelay);
        gauges.add("lienthong.lookups.backlog", "National look-ups still to do", OpsSnapshot::lookupsWaiting);
        gauges.add("lienthong.replay.jobs.pending.items", "Failures still to be replayed by running bulk replay jobs",
                OpsSnapshot::replayItemsPending);
        for (FlowReplayer flow : flows) {
            for (String status : FAILURE_STATUSES) {
                gauges.add("lienthong.failed.syncs", "Failures kept for an operator, by flow and status",
                        s -> s.failures().getOrDefault(flow.flow(), java.util.Map.of()).getOrDefault(status, 0L),
                        "flow", flow.flow(), "status", status);
            }
        }
        if (systems.systems() != null) {
            for (String system : systems.systems().keySet()) {
                for (String what : List.of("intake", "delivery")) {
                    gauges.add("lienthong.system.paused", "1 while an operator has paused this system's intake or delivery",
                            s -> s.paused(system, what) ? 1 : 0, "system", system, "what", what);
                }
                Gauge.builder("lienthong.circuit.last.transition.timestamp.seconds", breakers,
                                b -> b.lastTransition(system) == null ? Double.NaN : b.lastTransition(system).toEpochMilli() / 1000.0)
                        .description("When the system's circuit breaker last changed state (Unix time)")
                        .tag("system", system).register(registry);
            }
        }
        lastRun(gauges, "lienthong.reconciliation", OpsSnapshots.RECONCILIATION_KINDS, OpsSnapshot::reconciliation);
        lastRun(gauges, "lienthong.payment.reconciliation", OpsSnapshots.PAYMENT_KINDS, OpsSnapshot::paymentReconciliation);
    }

    private static void lastRun(Registrar gauges, String prefix, List<String> kinds,
                                java.util.function.Function<OpsSnapshot, LastRun> run) {
        for (String kind : kinds) {
            gauges.add(prefix + ".last.run.findings", "Findings of the newest finished run, by kind",
                    s -> run.apply(s) == null ? 0 : run.apply(s).findings().getOrDefault(kind, 0L), "kind", kind);
        }
        gauges.add(prefix + ".last.run.timestamp.seconds", "When the newest finished run finished (Unix time)",
                s -> run.apply(s) == null ? Double.NaN : run.apply(s).finishedAt().toEpochMilli() / 1000.0);
    }

    private record Registrar(MeterRegistry registry, OpsSnapshots snapshots) {

        void add(String name, String description, ToDoubleFunction<OpsSnapshot> value, String... tags) {
            Gauge.builder(name, snapshots, s -> value.applyAsDouble(s.current()))
                    .description(description).tags(tags).strongReference(true).register(registry);
        }
    }
}
