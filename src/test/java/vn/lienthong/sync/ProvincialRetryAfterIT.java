package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.platform.RetryAfterSettings;
import vn.lienthong.platform.VietnamTime;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

class ProvincialRetryAfterIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);

    private final SimulatorControl simulators = SIMULATORS.control();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(VietnamTime.OFFSET);

    @Autowired
    private RetryAfterGate retryAfter;
    @Autowired
    private RetryAfterSettings settings;

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

    /** A hostile or broken answer asks for 31 years: the feed waits the configured maximum (5 s in the tests), then goes on. */
    @Test
    void shouldPauseTheFeedForAtMostTheMaximumWhenTheProvinceAsksForYears() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.faults("provincial", Map.of("too-many-rate", 1.0, "retry-after", 999_999_999));
        await().atMost(Duration.ofMinutes(1))
                .until(() -> retryAfter.hold(ProvincialClient.SYSTEM).filter(RetryAfterGate.Hold::cut).isPresent());
        RetryAfterGate.Hold hold = retryAfter.hold(ProvincialClient.SYSTEM).orElseThrow();
        simulators.noFaults("provincial");
        List<Expectation> mine = outcomes.expectationsFor(province.generate(5));

        assertThat(hold.asked()).isEqualTo(Duration.ofSeconds(999_999_999));
        assertThat(hold.honoured()).isEqualTo(settings.max()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(hold.cut()).isTrue();
        assertThat(Duration.between(Instant.now(), hold.until())).isLessThanOrEqualTo(settings.max());
        assertThat(console()).contains("tạm ngừng gọi đến " + TIME.format(hold.until()))
                .contains("hệ thống yêu cầu chờ 11574 d 1 h, cổng liên thông chỉ chờ tối đa 5 s");
        // resumed by itself once the maximum is over: the feed brings what the province has had since
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> outcomes.settled(mine));
        assertThat(retryAfter.isHeld(ProvincialClient.SYSTEM)).isFalse();
        outcomes.assertAll(mine);
    }

    /** The overview's live part (in Vietnamese, the console's language). */
    private String console() {
        return http.get().uri("/console/overview/live").retrieve().body(String.class);
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
