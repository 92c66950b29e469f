package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.ops.OpsProperties;
import vn.lienthong.payments.internal.PaymentRelay;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Replaying a payment the province refused (409, amount mismatch) through the operations API: replays while
 * the amounts still differ are refused again on the same failure until the loop guard quarantines it; released,
 * and replayed once the province corrected the fee, the payment is confirmed exactly once.
 */
class PaymentReplayIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final PaygovSimulator paygov = simulator(PaygovSimulator.class);
    private PaymentFixtures payments;

    @BeforeEach
    void fixtures() {
        payments = new PaymentFixtures(province, paygov, jdbc, http);
    }
    @Autowired
    private OpsProperties ops;

    @Test
    void shouldConfirmOnceARefusedPaymentReplayedAfterTheProvinceCorrectedTheFee() {
        Payment fee = payments.unpaidFee();
        long paidAmount = fee.amount() + 500;
        Transaction paid = paygov.pay(fee, LocalDateTime.now(ZONE).minusMinutes(2), paidAmount, Transaction.SUCCESS);
        assertThat(payments.notify(paygov.notification(paid.maGiaoDich())).path("MaLoi").asText()).isEqualTo("00");
        await().atMost(GENEROUS).until(() -> failureId(paid.maGiaoDich()) != null
                && "failed".equals(payments.relayState(paid.maGiaoDich(), "1")));
        long failureId = failureId(paid.maGiaoDich());

        int allowed = ops.loopGuardReplays();
        for (int replay = 1; replay <= allowed; replay++) {
            int attempts = replay;
            assertThat(failure(failureId).get("status")).isEqualTo("open");
            assertThat(replay(failureId)).containsEntry("mode", "resend").containsEntry("outcome", "queued");
            await().atMost(GENEROUS).until(() -> (Integer) failure(failureId).get("attempts") > attempts);
        }
        assertThat(failure(failureId)).containsEntry("status", "quarantined").containsEntry("attempts", allowed + 1);
        assertThat(payments.relayState(paid.maGiaoDich(), "1")).isEqualTo("failed");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(allowed + 1);
        assertThat(province.confirmationsRecorded(fee.paymentRef())).isZero();

        http.post().uri("/api/failures/{id}/release", failureId).retrieve().toBodilessEntity();
        assertThat(province.correctFee(fee.paymentRef(), paidAmount)).isPositive();
        assertThat(replay(failureId)).containsEntry("outcome", "queued");

        await().atMost(GENEROUS).until(() -> "relayed".equals(payments.relayState(paid.maGiaoDich(), "1")));
        await().atMost(GENEROUS).until(() -> "resolved".equals(failure(failureId).get("status")));
        assertThat(province.confirmationsRecorded(fee.paymentRef())).isEqualTo(1);
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(allowed + 2);
        assertThat(province.payment(fee.paymentRef()).status()).isEqualTo("paid");
        assertThat(province.payment(fee.paymentRef()).transactionId()).isEqualTo(paid.maGiaoDich());
        // a replay of what the province now has is skipped, and sends nothing
        assertThat(replay(failureId)).containsEntry("outcome", "skipped");
        assertThat(province.confirmationsReceived(fee.paymentRef())).isEqualTo(allowed + 2);
    }

    private Map<String, Object> replay(long failureId) {
        return http.post().uri("/api/failures/{id}/replay", failureId).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private Long failureId(String transactionId) {
        List<Long> ids = jdbc.queryForList("select id from failed_sync where flow = ? and record_key = ?", Long.class,
                PaymentRelay.FLOW, transactionId + ":1");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private Map<String, Object> failure(long id) {
        return jdbc.queryForMap("select status, attempts, replays from failed_sync where id = ?", id);
    }
}
