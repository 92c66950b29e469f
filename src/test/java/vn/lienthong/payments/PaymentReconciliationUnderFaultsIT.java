package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.simulator.paygov.PaygovDay;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * A payment reconciliation waits out transient faults instead of failing: through a short PayGov outage and 20 %
 * transient faults on PayGov and the province it completes with the same counts as without faults; when nothing
 * answers for give-up-after (20 s in tests) it fails and says so.
 */
class PaymentReconciliationUnderFaultsIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);
    private static final int PAYMENTS = 300;

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    private final PaygovSimulator paygov = simulator(PaygovSimulator.class);
    private final SimulatorControl simulators = SIMULATORS.control();

    @Autowired
    private CircuitBreakers breakers;

    /** Each test starts with PayGov healthy: its breaker stays open 30 s, which another test may have left so. */
    @BeforeEach
    void closedBreaker() {
        breakers.of("paygov").reset();
    }

    @AfterEach
    void noFaults() {
        simulators.noFaults("paygov");
        simulators.noFaults("provincial");
    }

    @Test
    void shouldCompleteWithTheSameCountsThroughAnOutageAndTransientFaults() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(45);
        while (paygov.unpaidFees().size() < PAYMENTS + 10) {
            province.generate(200);
        }
        PaygovDay simulated = paygov.simulateDay(day, PAYMENTS);
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1))
                .until(() -> simulated.notified().stream().allMatch(this::paidAtProvince));
        JsonNode clean = finished(start(day));
        assertThat(clean.path("state").asText()).isEqualTo("completed");

        Map<String, Object> transientFaults = Map.of("error-rate", 0.2, "too-many-rate", 0.2, "retry-after", 1);
        simulators.faults("provincial", transientFaults);
        simulators.faults("paygov", transientFaults);
        simulators.outage("paygov", 3);
        JsonNode faulty = finished(start(day));

        assertThat(faulty.path("state").asText()).as(faulty.path("reason").asText()).isEqualTo("completed");
        for (String count : new String[] {"paygovRows", "amountMismatch", "badChecksum", "paidWithoutPaygov",
                "refundNotReflected", "statusMismatch"}) {
            assertThat(faulty.path(count).asInt()).as(count).isEqualTo(clean.path(count).asInt());
        }
        // the first run's confirmations may have reached the province since: paid and agreed now, not confirmed
        assertThat(faulty.path("agreed").asInt() + faulty.path("confirmed").asInt())
                .isEqualTo(clean.path("agreed").asInt() + clean.path("confirmed").asInt());
        assertThat(faulty.path("provincialRows").asInt() + faulty.path("confirmed").asInt())
                .isEqualTo(clean.path("provincialRows").asInt() + clean.path("confirmed").asInt());
    }

    @Test
    void shouldGiveUpAfterTheConfiguredTimeWithoutProgressAndSaySo() {
        simulators.faults("paygov", Map.of("error-rate", 1.0));
        JsonNode run = finished(start(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(46)));

        assertThat(run.path("state").asText()).isEqualTo("failed");
        assertThat(run.path("reason").asText()).contains("GaveUp").contains("paygov").contains("no progress for 20 s");
        assertThat(run.path("reasonCode").asText()).isEqualTo("wait.no-progress");
    }

    private long start(LocalDate day) {
        return http.post().uri("/api/payments/reconciliations?day={day}", day).retrieve().body(JsonNode.class)
                .path("id").asLong();
    }

    private JsonNode finished(long id) {
        await().atMost(GENEROUS).until(() -> !"running".equals(run(id).path("state").asText()));
        return run(id);
    }

    private JsonNode run(long id) {
        return http.get().uri("/api/payments/reconciliations/{id}", id).retrieve().body(JsonNode.class);
    }

    private boolean paidAtProvince(Transaction t) {
        Payment payment = province.payment(t.maThamChieu());
        return payment != null && "paid".equals(payment.status());
    }
}
