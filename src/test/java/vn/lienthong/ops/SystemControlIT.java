package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Pausing intake or delivery of an external system for maintenance, resuming it, and seeing each system's state. */
class SystemControlIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);

    @Autowired
    private ProvincialSimulator province;
    @Autowired
    private CamelContext camel;
    @Autowired
    private PaygovSimulator paygov;

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
        Payment fee = unpaidFee();
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(5));
        JsonNode answer = http.post().uri("/paygov/notify").contentType(MediaType.APPLICATION_JSON)
                .body(paygov.notification(paid.maGiaoDich())).retrieve().body(JsonNode.class);
        assertThat(answer.path("MaLoi").asText()).as("stored while paused").isEqualTo("00");

        pollsOf("payment-relay", 5);
        assertThat(relayState(paid.maGiaoDich())).isEqualTo("pending");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isZero();

        http.post().uri("/api/systems/provincial/resume?what=delivery").retrieve().toBodilessEntity();
        await().atMost(GENEROUS).until(() -> "relayed".equals(relayState(paid.maGiaoDich())));
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(1);
    }

    private Payment unpaidFee() {
        List<Payment> unpaid = paygov.unpaidFees();
        while (unpaid.isEmpty()) {
            province.generate(20);
            unpaid = paygov.unpaidFees();
        }
        return unpaid.get(0);
    }

    private String relayState(String transactionId) {
        return jdbc.queryForObject("select relay_state from payment_event where transaction_id = ? and status = '1'",
                String.class, transactionId);
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

    private void pollsOf(String route, int polls) {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(route).whenDone(polls).create();
        assertThat(done.matches(1, TimeUnit.MINUTES)).as("%d polls of %s", polls, route).isTrue();
    }

    private int count(String sql, String[] codes) {
        return jdbc.queryForObject(sql, Integer.class, (Object) codes);
    }

    private static String[] codes(List<Expectation> dossiers) {
        return dossiers.stream().map(Expectation::code).toArray(String[]::new);
    }
}
