package vn.lienthong.sync;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

class ProvincialRetryAfterIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);

    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void healProvince() {
        simulators.noFaults("provincial");
    }

    @Test
    void shouldStopReadingTheFeedAsLongAsTheProvinceAsksWithRetryAfter() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.faults("provincial", Map.of("too-many-rate", 1.0, "retry-after", 4));
        List<Expectation> mine = outcomes.expectationsFor(province.generate(20));

        await().atMost(Duration.ofMinutes(1)).until(() -> tooManyAnswered() > 0);
        long callsAtRefusal = provincialCalls();
        // the feed reads one page at a time: after the refusal, no call until the time the province named
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(3))
                .until(() -> provincialCalls() == callsAtRefusal);

        simulators.noFaults("provincial");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));
        outcomes.assertAll(mine);
    }

    private long provincialCalls() {
        return stats().path("calls").asLong();
    }

    private long tooManyAnswered() {
        return stats().path("faults").path("too-many-requests").asLong();
    }

    private JsonNode stats() {
        return SIMULATORS.http().get().uri("/sim/provincial/_admin/stats").retrieve().body(JsonNode.class);
    }
}
