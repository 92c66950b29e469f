package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent.ExchangeEvent;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;
import vn.lienthong.sync.internal.PortalDelivery;

class PortalOutageIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    @Autowired
    private CircuitBreakers breakers;
    @Autowired
    private PortalDelivery delivery;
    @Autowired
    private MeterRegistry metrics;
    @Value("${gateway.delivery.portal-concurrency}")
    private int portalConcurrency;

    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void healPortal() {
        simulators.noFaults("dvcqg");
    }

    @Test
    void shouldKeepDossiersWaitingOnTheBrokerWhileThePortalIsDownAndDeliverThemAfter() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.outage("dvcqg", 600);
        List<Expectation> mine = outcomes.expectationsFor(province.generate(300));
        String[] codes = mine.stream().map(Expectation::code).filter(c -> c != null).toArray(String[]::new);

        await().atMost(GENEROUS).until(() -> breakers.isOpen(DvcqgClient.SYSTEM));
        await().atMost(GENEROUS).until(() -> count("select count(distinct code) from sync_version where code = any(?::text[])",
                codes) == codes.length);
        assertThat(count("select count(*) from sync_ledger where code = any(?::text[])", codes)).isZero();
        assertThat(count("select count(*) from failed_sync where code = any(?::text[]) and stage <> 'validate'", codes))
                .as("an outage fails nothing").isZero();

        simulators.noFaults("dvcqg");
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));
        outcomes.assertAll(mine);
    }

    @Test
    void shouldWaitAsLongAsThePortalAsksWithRetryAfter() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.faults("dvcqg", Map.of("too-many-rate", 1.0, "retry-after", 4));
        List<Expectation> mine = outcomes.expectationsFor(province.generate(20));

        await().atMost(GENEROUS).until(() -> tooManyAnswered() > 0);
        long callsAtRefusal = portalCalls();
        // only the portal batches already in flight may still call once each; nothing new starts
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(3))
                .until(() -> portalCalls() <= callsAtRefusal + portalConcurrency);

        simulators.noFaults("dvcqg");
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));
        outcomes.assertAll(mine);
    }

    /**
     * A take is pushed as portal batches side by side. When one of them fails, the take goes back to the broker
     * only after the others have finished: a batch still pushing after its take was returned could put an older
     * state on the portal after a newer version taken next (the portal keeps whichever came last).
     */
    @Test
    void shouldEndATakeOnlyWhenEveryPortalBatchOfItHasFinished() throws Exception {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        List<Integer> stillPushingAtEnd = new CopyOnWriteArrayList<>();
        EventNotifierSupport takeEnds = new EventNotifierSupport() {
            @Override
            public boolean isEnabled(CamelEvent event) {
                if (event.getType() != CamelEvent.Type.ExchangeCompleted && event.getType() != CamelEvent.Type.ExchangeFailed) {
                    return false;
                }
                Exchange exchange = ((ExchangeEvent) event).getExchange();
                // the take itself, not one of its portal batches (the split's own exchanges end one by one)
                return "dvcqg-delivery".equals(exchange.getFromRouteId()) && exchange.getProperty(Exchange.SPLIT_INDEX) == null;
            }

            @Override
            public void notify(CamelEvent event) {
                stillPushingAtEnd.add(delivery.batchesInFlight());
            }
        };
        takeEnds.start();
        camel.getManagementStrategy().addEventNotifier(takeEnds);
        double retriedBefore = retried();
        try {
            // slow answers keep batches overlapping; server errors past the client's quick retries fail some
            simulators.faults("dvcqg", Map.of("error-rate", 0.6, "latency", 30));
            List<Expectation> mine = outcomes.expectationsFor(province.generate(1500));
            await().atMost(GENEROUS).until(() -> retried() > retriedBefore);
            simulators.noFaults("dvcqg");
            await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));
            outcomes.assertAll(mine);
        } finally {
            camel.getManagementStrategy().removeEventNotifier(takeEnds);
        }
        assertThat(stillPushingAtEnd).as("portal batches still pushing when their take ended").isNotEmpty().containsOnly(0);
    }

    private double retried() {
        return metrics.get("lienthong.dossiers.retried").counter().count();
    }

    private long portalCalls() {
        return stats().path("calls").asLong();
    }

    private long tooManyAnswered() {
        return stats().path("faults").path("too-many-requests").asLong();
    }

    private JsonNode stats() {
        return SIMULATORS.http().get().uri("/sim/dvcqg/_admin/stats").retrieve().body(JsonNode.class);
    }

    private int count(String sql, String[] codes) {
        return jdbc.queryForObject(sql, Integer.class, (Object) codes);
    }
}
