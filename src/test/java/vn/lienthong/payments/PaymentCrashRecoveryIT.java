package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.FreePort;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.SimulatorControl;
import vn.lienthong.Simulators;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The gateway killed (SIGKILL) after it stored PayGov notifications and answered 00, before any reached the
 * province (down at the time): started again on the same data folder and database, it confirms every one of
 * them to the province exactly once. The test owns PostgreSQL and the simulators, so both outlive the kill.
 */
class PaymentCrashRecoveryIT {

    private static final Duration GENEROUS = Duration.ofMinutes(5);
    private static final int NOTIFICATIONS = 50;

    private static EmbeddedPostgres postgres;
    private static Simulators simulators;
    private static JdbcTemplate jdbc;
    private static final int GATEWAY_PORT = FreePort.find();

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("payment-crash-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulators = Simulators.start("simulator.seed", "78",
                "simulator.paygov.notify-url", "http://localhost:" + GATEWAY_PORT + "/paygov/notify");
    }

    @AfterAll
    static void stopDatabaseAndSimulators() throws Exception {
        if (simulators != null) {
            simulators.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldConfirmEveryStoredPaymentOnceAfterBeingKilledBeforeRelayingIt() throws Exception {
        ProvincialSimulator province = simulators.bean(ProvincialSimulator.class);
        PaygovSimulator paygov = simulators.bean(PaygovSimulator.class);
        SimulatorControl control = simulators.control();
        RestClient gatewayHttp = RestClient.create("http://localhost:" + GATEWAY_PORT);
        while (paygov.unpaidFees().size() < NOTIFICATIONS) {
            province.generate(100);
        }
        List<Transaction> paid = new ArrayList<>();
        Map<String, Integer> expectedVersions = new HashMap<>();
        for (Payment fee : paygov.unpaidFees().subList(0, NOTIFICATIONS)) {
            paid.add(paygov.pay(fee, LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(30)));
            // each confirmed fee makes one new version of its dossier
            expectedVersions.merge(fee.dossierCode(), province.versions(fee.dossierCode()).size() + 1, (a, b) -> a + 1);
        }
        Path data = Files.createTempDirectory("payment-crash-data");
        GatewayLauncher gateway = GatewayLauncher.gateway(data, simulators)
                .database(postgres.getJdbcUrl("postgres", "postgres"))
                .property("server.port", GATEWAY_PORT)
                .property("gateway.payments.relay.lease", "5s")
                // config/ outranks the test profile's file: what this test needs fast is given here
                .property("resilience4j.circuitbreaker.instances.provincial.wait-duration-in-open-state", "1s")
                .property("gateway.payments.relay.poll-interval", 100)
                .property("gateway.payments.relay.backoff-max", "2s");
        try {
            control.outage("provincial", 3600);
            gateway.start();
            await().atMost(GENEROUS).ignoreExceptions().until(() -> gatewayHttp.get().uri("/actuator/health/readiness")
                    .retrieve().body(JsonNode.class).path("status").asText().equals("UP"));
            for (Transaction t : paid) {
                JsonNode answer = gatewayHttp.post().uri("/paygov/notify").contentType(MediaType.APPLICATION_JSON)
                        .body(paygov.notification(t.maGiaoDich())).retrieve().body(JsonNode.class);
                assertThat(answer.path("MaLoi").asText()).isEqualTo("00");
            }
            assertThat(jdbc.queryForObject("select count(*) from payment_event where relay_state = 'pending'", Integer.class))
                    .isEqualTo(NOTIFICATIONS);
            gateway.kill();
            assertThat(paid).allSatisfy(t -> assertThat(province.confirmationsReceived(t.maThamChieu())).isZero());

            control.noFaults("provincial");
            gateway.start();
            await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500)).until(() -> paid.stream()
                    .allMatch(t -> "paid".equals(province.payment(t.maThamChieu()).status())));
            await().atMost(GENEROUS).until(() -> jdbc.queryForObject(
                    "select count(*) from payment_event where relay_state = 'relayed'", Integer.class) == NOTIFICATIONS);
        } finally {
            gateway.stop(); // never leave a gateway JVM behind, whatever failed
        }
        for (Transaction t : paid) {
            assertThat(province.confirmationsRecorded(t.maThamChieu())).as("recorded %s", t.maThamChieu()).isEqualTo(1);
            assertThat(province.payment(t.maThamChieu()).transactionId()).isEqualTo(t.maGiaoDich());
            assertThat(province.versions(t.maHoSo())).as("versions of %s", t.maHoSo())
                    .hasSize(expectedVersions.get(t.maHoSo()));
        }
    }
}
