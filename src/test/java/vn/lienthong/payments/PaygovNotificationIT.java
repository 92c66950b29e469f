package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.payments.internal.PaymentRelay;
import vn.lienthong.payments.internal.RejectedNotifications;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** PayGov notifications at /paygov/notify, relayed to the provincial simulator over real HTTP. */
class PaygovNotificationIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final PaygovSimulator paygov = simulator(PaygovSimulator.class);
    @Autowired
    private RejectedNotifications rejected;
    private PaymentFixtures payments;

    @BeforeEach
    void fixtures() {
        payments = new PaymentFixtures(province, paygov, jdbc, http);
    }

    @Test
    void shouldNeverChangeTheProvinceForANotificationWithABadChecksum() {
        Payment fee = payments.unpaidFee();
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZONE).minusHours(1));
        Map<String, Object> forged = new LinkedHashMap<>(paygov.notification(paid.maGiaoDich()));
        forged.put("SoTien", "1");
        int versions = province.versions(fee.dossierCode()).size();

        assertThat(payments.notify(forged).path("MaLoi").asText()).isEqualTo("07");
        Map<String, Object> wrongMac = new LinkedHashMap<>(paygov.notification(paid.maGiaoDich()));
        wrongMac.put("MaXacThuc", "0".repeat(64));
        assertThat(payments.notify(wrongMac).path("MaLoi").asText()).isEqualTo("07");

        // a good notification for another dossier sent afterwards goes through, so the refused ones had their chance first
        Transaction other = paygov.pay(payments.unpaidFeeOutside(fee.dossierCode()), LocalDateTime.now(ZONE).minusHours(1));
        assertThat(payments.notify(paygov.notification(other.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");
        await().atMost(GENEROUS).until(() -> "paid".equals(province.payment(other.maThamChieu()).status()));
        assertThat(province.confirmationsReceived(fee.paymentRef())).isZero();
        assertThat(province.payment(fee.paymentRef()).status()).isEqualTo("unpaid");
        assertThat(province.versions(fee.dossierCode())).hasSize(versions);
        assertThat(count("select count(*) from payment_event where transaction_id = ?", paid.maGiaoDich())).isZero();
    }

    @Test
    void shouldConfirmOnceWhenTheSameNotificationArrivesFiveTimes() {
        Payment fee = payments.unpaidFee();
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZONE).minusMinutes(5));
        int versions = province.versions(fee.dossierCode()).size();

        for (int i = 0; i < 5; i++) {
            assertThat(payments.notify(paygov.notification(paid.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");
        }

        await().atMost(GENEROUS).until(() -> "relayed".equals(payments.relayState(paid.maGiaoDich(), "1")));
        assertThat(province.confirmationsRecorded(fee.paymentRef())).isEqualTo(1);
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(1);
        Payment confirmed = province.payment(fee.paymentRef());
        assertThat(confirmed.status()).isEqualTo("paid");
        assertThat(confirmed.transactionId()).isEqualTo(paid.maGiaoDich());
        assertThat(province.versions(fee.dossierCode())).hasSize(versions + 1);
        assertThat(count("select resends from payment_event where transaction_id = ?", paid.maGiaoDich())).isEqualTo(4);
        // the new version of the dossier reaches the portal through the sync spine
        await().atMost(GENEROUS).until(() -> count("select coalesce(max(delivered_version), 0) from sync_ledger where code = ?",
                fee.dossierCode()) == versions + 1);
    }

    @Test
    void shouldTreatALaterStatusOfTheSameTransactionAsANewEvent() {
        Payment fee = payments.unpaidFee();
        Transaction pending = paygov.pay(fee, LocalDateTime.now(ZONE).minusMinutes(3), fee.amount(), "3");
        assertThat(payments.notify(paygov.notification(pending.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");
        paygov.changeStatus(pending.maGiaoDich(), Transaction.SUCCESS);
        assertThat(payments.notify(paygov.notification(pending.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");
        await().atMost(GENEROUS).until(() -> "relayed".equals(payments.relayState(pending.maGiaoDich(), "1")));
        paygov.changeStatus(pending.maGiaoDich(), Transaction.REFUNDED);
        assertThat(payments.notify(paygov.notification(pending.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");

        assertThat(jdbc.queryForList("select status || ':' || relay_state from payment_event where transaction_id = ? order by id",
                String.class, pending.maGiaoDich())).containsExactly("3:not-relayed", "1:relayed", "4:not-relayed");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(1);
    }

    @Test
    void shouldKeepAnAmountMismatchAsAPermanentFailure() {
        Payment fee = payments.unpaidFee();
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZONE).minusMinutes(2), fee.amount() + 500, Transaction.SUCCESS);

        assertThat(payments.notify(paygov.notification(paid.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");

        await().atMost(GENEROUS).until(() -> "failed".equals(payments.relayState(paid.maGiaoDich(), "1")));
        Map<String, Object> failure = jdbc.queryForMap(
                "select system, stage, reason_class, reason, record from failed_sync where flow = ? and record_key = ?",
                PaymentRelay.FLOW, paid.maGiaoDich() + ":1");
        assertThat(failure.get("system")).isEqualTo("provincial");
        assertThat(failure.get("reason_class")).isEqualTo("amount-mismatch");
        assertThat((String) failure.get("reason")).contains(fee.paymentRef(), "409");
        assertThat((String) failure.get("record")).contains(paid.maGiaoDich(), "\"SoTien\":\"" + (fee.amount() + 500) + "\"");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(1);
        assertThat(province.payment(fee.paymentRef()).status()).isEqualTo("unpaid");
    }

    @Test
    void shouldKeepRefusedNotificationsBoundedInSizeRateAndRetention() {
        byte[] huge = ("{\"MaGiaoDich\":\"" + "9".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(post(huge).path("MaLoi").asText()).isEqualTo("07");
        JsonNode kept = http.get().uri("/api/payments/notifications/rejected?size=1").retrieve().body(JsonNode.class);
        assertThat(kept.path("items").get(0).path("bodySize").asInt()).isEqualTo(4097);
        assertThat(kept.path("items").get(0).path("body").asText().length()).isLessThanOrEqualTo(4096);

        long before = rejected.count();
        for (int i = 0; i < 150; i++) {
            assertThat(post(("{\"MaGiaoDich\":\"x" + i + "\",\"MaXacThuc\":\"bad\"}").getBytes(StandardCharsets.UTF_8))
                    .path("MaLoi").asText()).isEqualTo("07");
        }
        // at most 60 kept a minute: a burst of 150 straddles at most two minutes
        assertThat(rejected.count() - before).isBetween(1L, 120L);

        jdbc.update("update paygov_rejected_notification set received_at = now() - interval '8 days' where id = (select min(id) from paygov_rejected_notification)");
        long all = rejected.count();
        assertThat(rejected.purge()).isEqualTo(1);
        assertThat(rejected.count()).isEqualTo(all - 1);
    }

    private JsonNode post(byte[] body) {
        return http.post().uri("/paygov/notify").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
