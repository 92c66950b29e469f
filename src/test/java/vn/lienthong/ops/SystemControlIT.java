package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.payments.PaymentFixtures;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Pausing intake or delivery of an external system for maintenance, resuming it, and seeing each system's state. */
class SystemControlIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final PaygovSimulator paygov = simulator(PaygovSimulator.class);
    private PaymentFixtures payments;

    @BeforeEach
    void fixtures() {
        payments = new PaymentFixtures(province, paygov, jdbc, http);
    }

    @AfterEach
    void resumeAll() {
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
        http.post().uri("/api/systems/dvcqg/resume?what=delivery").retrieve().toBodilessEntity();
        http.post().uri("/api/systems/provincial/resume?what=delivery").retrieve().toBodilessEntity();
    }

    @Test
    void shouldLeaveDossiersOnTheBrokerWhileDeliveryIsPausedAndDeliverThemOnResume() {
        http.post().uri("/api/systems/dvcqg/pause?what=delivery").retrieve().toBodilessEntity();
        assertThat(system("dvcqg")).containsEntry("deliveryPaused", true).containsEntry("intakePaused", false);
        pollsOf("dvcqg-delivery", 2); // a poll that began before the pause is over
        String[] codes = codes(new OpsFixtures(province, jdbc).valid(5));

        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_version where code = any(?)", codes) == codes.length);
        pollsOf("dvcqg-delivery", 5);
        assertThat(count("select count(*) from sync_ledger where code = any(?)", codes)).isZero();

        http.post().uri("/api/systems/dvcqg/resume?what=delivery").retrieve().toBodilessEntity();
        assertThat(system("dvcqg")).containsEntry("deliveryPaused", false);
        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_ledger where code = any(?)", codes) == codes.length);
    }

    @Test
    void shouldLeaveChangesAtTheProvinceWhileIntakeIsPausedAndPullThemOnResume() {
        http.post().uri("/api/systems/provincial/pause?what=intake").retrieve().toBodilessEntity();
        assertThat(system("provincial")).containsEntry("intakePaused", true);
        pollsOf("provincial-feed", 2);
        String[] codes = codes(new OpsFixtures(province, jdbc).valid(5));

        pollsOf("provincial-feed", 5);
        assertThat(count("select count(*) from sync_version where code = any(?)", codes)).isZero();

        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_ledger where code = any(?)", codes) == codes.length);
    }

    @Test
    void shouldHoldPaymentConfirmationsWhileTheProvincesDeliveryIsPausedAndRelayThemOnResume() {
        http.post().uri("/api/systems/provincial/pause?what=delivery").retrieve().toBodilessEntity();
        assertThat(system("provincial")).containsEntry("deliveryPaused", true).containsEntry("intakePaused", false);
        pollsOf("payment-relay", 2); // a poll that began before the pause is over
        Payment fee = payments.unpaidFee();
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(5));
        assertThat(payments.notify(paygov.notification(paid.maGiaoDich())).path("MaLoi").asText()).as("stored while paused")
                .isEqualTo("00");

        pollsOf("payment-relay", 5);
        assertThat(payments.relayState(paid.maGiaoDich(), "1")).isEqualTo("pending");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isZero();

        http.post().uri("/api/systems/provincial/resume?what=delivery").retrieve().toBodilessEntity();
        await().atMost(GENEROUS).until(() -> "relayed".equals(payments.relayState(paid.maGiaoDich(), "1")));
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(1);
    }

    @Test
    void shouldShowEachSystemsCircuitBreaker() {
        assertThat(systems()).extracting(s -> (String) s.get("system")).contains("provincial", "dvcqg");
        assertThat(system("dvcqg")).containsKeys("circuitState", "lastTransitionAt", "failureRate")
                .containsEntry("circuitState", "CLOSED");
    }

    @Test
    void shouldRefuseAnUnknownSystemOrWhat() {
        assertThat(status("/api/systems/nowhere/pause?what=intake")).isEqualTo(404);
        assertThat(status("/api/systems/dvcqg/pause?what=everything")).isEqualTo(400);
    }

    private Map<String, Object> system(String name) {
        return systems().stream().filter(s -> name.equals(s.get("system"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> systems() {
        return http.get().uri("/api/systems").retrieve().body(new ParameterizedTypeReference<>() {});
    }

    private int status(String uri) {
        return http.post().uri(uri).exchange((req, resp) -> resp.getStatusCode().value());
    }

    private int count(String sql, String[] codes) {
        return jdbc.queryForObject(sql, Integer.class, (Object) codes);
    }

    private static String[] codes(List<Expectation> dossiers) {
        return dossiers.stream().map(Expectation::code).toArray(String[]::new);
    }
}
