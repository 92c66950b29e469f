package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

class PortalOutageIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    @Autowired
    private ProvincialSimulator province;
    @Autowired
    private DvcqgSimulator portal;
    @Autowired
    private CircuitBreakers breakers;
    @Value("${gateway.delivery.portal-concurrency}")
    private int portalConcurrency;

    private final SimulatorControl simulators = new SimulatorControl(http);

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

    private long portalCalls() {
        return stats().path("calls").asLong();
    }

    private long tooManyAnswered() {
        return stats().path("faults").path("too-many-requests").asLong();
    }

    private JsonNode stats() {
        return http.get().uri("/sim/dvcqg/_admin/stats").retrieve().body(JsonNode.class);
    }

    private int count(String sql, String[] codes) {
        return jdbc.queryForObject(sql, Integer.class, (Object) codes);
    }
}
