package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.simulator.paygov.Discrepancy;
import vn.lienthong.simulator.paygov.PaygovDay;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The acceptance run: a day of 10,000 PayGov payments, 3% of their notifications lost and 2% sent
 * twice, plus one of each other discrepancy. Reconciliation confirms exactly the lost payments, reports exactly
 * the others, and a second run changes nothing.
 */
class PaymentReconciliationIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(6);
    private static final int PAYMENTS = 10_000;

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final PaygovSimulator paygov = simulator(PaygovSimulator.class);

    @Test
    void shouldConfirmExactlyTheLostPaymentsAndReportEachOtherDiscrepancyAndChangeNothingTheSecondTime() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(40);
        while (paygov.unpaidFees().size() < PAYMENTS + 10) {
            province.generate(2000);
        }
        PaygovDay simulated = paygov.simulateDay(day, PAYMENTS);
        List<Transaction> lost = simulated.lost();
        assertThat(lost).hasSize(300);
        assertThat(simulated.duplicated()).hasSize(200);
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1))
                .until(() -> simulated.notified().stream().allMatch(this::paidAtProvince));
        Map<Discrepancy, String> reported = new HashMap<>();
        for (Discrepancy kind : Discrepancy.values()) {
            reported.put(kind, paygov.discrepancy(kind, day));
        }
        Map<String, Integer> receivedBefore = confirmationsReceived(simulated, reported);

        JsonNode first = reconcile(day);

        assertThat(first.path("paygovRows").asInt()).isEqualTo(PAYMENTS + 1);
        assertThat(first.path("provincialRows").asInt()).isEqualTo(PAYMENTS - lost.size() + 1);
        assertThat(first.path("confirmed").asInt()).isEqualTo(lost.size());
        assertThat(first.path("agreed").asInt()).isEqualTo(PAYMENTS - lost.size() - 2);
        assertCounts(first, 1, 1, 1, 1);
        assertThat(findingRefs(first, "unpaid-at-province"))
                .isEqualTo(lost.stream().map(Transaction::maThamChieu).collect(Collectors.toSet()));
        assertThat(findingRefs(first, "amount-mismatch")).containsExactly(reported.get(Discrepancy.AMOUNT_DIFFERS));
        assertThat(findingRefs(first, "refund-not-reflected")).containsExactly(reported.get(Discrepancy.REFUND_NOT_REFLECTED));
        assertThat(findingRefs(first, "bad-checksum")).containsExactly(reported.get(Discrepancy.BAD_CHECKSUM));
        assertThat(findingRefs(first, "paid-without-paygov")).containsExactly(reported.get(Discrepancy.PAID_WITHOUT_PAYGOV));
        assertThat(csv(first).lines().count()).as("header and one line per finding").isEqualTo(1 + lost.size() + 4);

        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> lost.stream().allMatch(this::paidAtProvince));
        for (Transaction t : lost) {
            assertThat(province.confirmationsReceived(t.maThamChieu())).as("confirmations of %s", t.maThamChieu()).isEqualTo(1);
            assertThat(province.payment(t.maThamChieu()).transactionId()).isEqualTo(t.maGiaoDich());
        }
        Map<String, Integer> receivedAfterFirst = confirmationsReceived(simulated, reported);
        receivedBefore.forEach((ref, count) -> {
            int expected = count + (lost.stream().anyMatch(t -> t.maThamChieu().equals(ref)) ? 1 : 0);
            assertThat(receivedAfterFirst.get(ref)).as("confirmations of %s", ref).isEqualTo(expected);
        });
        assertThat(province.payment(reported.get(Discrepancy.BAD_CHECKSUM)).status()).as("never applied").isEqualTo("unpaid");
        Map<String, Integer> versions = dossierVersions(simulated);
        long events = jdbc.queryForObject("select count(*) from payment_event", Long.class);

        JsonNode second = reconcile(day);

        assertThat(second.path("confirmed").asInt()).isZero();
        assertThat(second.path("agreed").asInt()).isEqualTo(PAYMENTS - 2);
        assertCounts(second, 1, 1, 1, 1);
        assertThat(confirmationsReceived(simulated, reported)).isEqualTo(receivedAfterFirst);
        assertThat(dossierVersions(simulated)).isEqualTo(versions);
        assertThat(jdbc.queryForObject("select count(*) from payment_event", Long.class)).isEqualTo(events);
    }

    @Test
    void shouldKeepARunThatCannotFinishAsFailedWithItsReason() {
        SimulatorControl simulators = SIMULATORS.control();
        simulators.outage("paygov", 600);
        try {
            JsonNode run = http.post().uri("/api/payments/reconciliations?day=2026-09-01").retrieve().body(JsonNode.class);
            long id = run.path("id").asLong();
            await().atMost(GENEROUS).until(() -> !"running".equals(run(id).path("state").asText()));
            assertThat(run(id).path("state").asText()).isEqualTo("failed");
            assertThat(run(id).path("reason").asText()).contains("paygov");
        } finally {
            simulators.noFaults("paygov");
        }
        int status = http.post().uri("/api/payments/reconciliations?day=yesterday")
                .exchange((req, resp) -> resp.getStatusCode().value());
        assertThat(status).isEqualTo(400);
    }

    private JsonNode reconcile(LocalDate day) {
        JsonNode run = http.post().uri("/api/payments/reconciliations?day={day}", day).retrieve().body(JsonNode.class);
        long id = run.path("id").asLong();
        await().atMost(GENEROUS).until(() -> !"running".equals(run(id).path("state").asText()));
        JsonNode done = run(id);
        assertThat(done.path("state").asText()).as("run %s: %s", id, done.path("reason").asText()).isEqualTo("completed");
        return done;
    }

    private JsonNode run(long id) {
        return http.get().uri("/api/payments/reconciliations/{id}", id).retrieve().body(JsonNode.class);
    }

    private static void assertCounts(JsonNode run, int amount, int refund, int badChecksum, int paidWithoutPaygov) {
        assertThat(run.path("amountMismatch").asInt()).isEqualTo(amount);
        assertThat(run.path("refundNotReflected").asInt()).isEqualTo(refund);
        assertThat(run.path("badChecksum").asInt()).isEqualTo(badChecksum);
        assertThat(run.path("paidWithoutPaygov").asInt()).isEqualTo(paidWithoutPaygov);
        assertThat(run.path("statusMismatch").asInt()).isZero();
    }

    private Set<String> findingRefs(JsonNode run, String kind) {
        JsonNode page = http.get().uri("/api/payments/reconciliations/{id}/findings?kind={kind}&size=1000",
                run.path("id").asLong(), kind).retrieve().body(JsonNode.class);
        Set<String> refs = new HashSet<>();
        page.path("items").forEach(f -> refs.add(f.path("paymentRef").asText()));
        assertThat(page.path("total").asInt()).isEqualTo(refs.size());
        return refs;
    }

    private String csv(JsonNode run) {
        String csv = http.get().uri("/api/payments/reconciliations/{id}/findings.csv", run.path("id").asLong())
                .retrieve().body(String.class);
        assertThat(csv).startsWith("id,kind,paymentRef,transactionId,dossierCode");
        return csv;
    }

    private boolean paidAtProvince(Transaction t) {
        Payment payment = province.payment(t.maThamChieu());
        return payment != null && "paid".equals(payment.status());
    }

    private Map<String, Integer> confirmationsReceived(PaygovDay simulated, Map<Discrepancy, String> reported) {
        Map<String, Integer> counts = new HashMap<>();
        simulated.transactions().forEach(t -> counts.put(t.maThamChieu(), province.confirmationsReceived(t.maThamChieu())));
        reported.values().forEach(ref -> counts.put(ref, province.confirmationsReceived(ref)));
        return counts;
    }

    private Map<String, Integer> dossierVersions(PaygovDay simulated) {
        Map<String, Integer> versions = new HashMap<>();
        simulated.transactions().forEach(t -> versions.put(t.maHoSo(), province.versions(t.maHoSo()).size()));
        return versions;
    }
}
