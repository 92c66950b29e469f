package vn.lienthong.simulator.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimHttp;
import vn.lienthong.simulator.SimHttp.Answer;
import vn.lienthong.simulator.SimulatorTest;

class WriteBackTest extends SimulatorTest {

    @Test
    void shouldMarkFeePaidAsNewDossierVersionOnTheFeed() throws Exception {
        JsonNode fee = unpaidFee();
        String code = fee.get("dossierCode").asText();
        String token = http.token();
        String cursor = http.api(token, "/api/v1/dossiers/changes?limit=1000").json().get("nextCursor").asText();

        Answer answer = http.apiPost(token, "/api/v1/payments/confirmations", confirmation(fee, fee.get("amount")));

        assertThat(answer.json()).isEqualTo(SimHttp.JSON.valueToTree(Map.of("recorded", true, "duplicate", false)));
        JsonNode changes = http.api(token, "/api/v1/dossiers/changes?cursor=" + cursor).json().get("items");
        assertThat(changes).anySatisfy(item -> {
            assertThat(item.get("code").asText()).isEqualTo(code);
            assertThat(item.get("fees").toString()).contains(fee.get("paymentRef").asText(), "PG2611200000123");
        });
        assertThat(provincial.versions(code)).hasSize(2);
    }

    @Test
    void shouldConfirmPaymentOnlyOnceWhenRepeated() {
        JsonNode fee = unpaidFee();
        String token = http.token();
        http.apiPost(token, "/api/v1/payments/confirmations", confirmation(fee, fee.get("amount")));

        Answer again = http.apiPost(token, "/api/v1/payments/confirmations", confirmation(fee, fee.get("amount")));

        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(provincial.versions(fee.get("dossierCode").asText())).hasSize(2);
    }

    @Test
    void shouldRefuseConfirmationWithAnotherAmountAsAmountMismatch() {
        JsonNode fee = unpaidFee();

        Answer answer = http.apiPost(http.token(), "/api/v1/payments/confirmations",
                confirmation(fee, SimHttp.JSON.valueToTree(fee.get("amount").asLong() + 1)));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("error").asText()).isEqualTo("amount_mismatch");
    }

    @Test
    void shouldListPaidPaymentInPaymentsExport() {
        JsonNode fee = unpaidFee();
        String token = http.token();
        http.apiPost(token, "/api/v1/payments/confirmations", confirmation(fee, fee.get("amount")));

        JsonNode export = http.api(token, "/api/v1/payments?paidFrom=2026-11-20T08:31:02%2B07:00"
                + "&paidTo=2026-11-20T08:31:03%2B07:00").json();

        assertThat(export.get("items")).extracting(p -> p.get("paymentRef").asText())
                .contains(fee.get("paymentRef").asText());
    }

    @Test
    void shouldRecordVerificationOnceWithoutNewVersion() {
        provincial.generate(5);
        String code = provincial.codes().get(0);
        Map<String, Object> verification = Map.of("source", "population", "result", "mismatch",
                "mismatchedFields", List.of("birthDate"), "checkedAt", "2026-11-20T08:31:02+07:00",
                "reference", "req-1");
        String token = http.token();

        Answer first = http.apiPost(token, "/api/v1/dossiers/" + code + "/verifications", verification);
        http.apiPost(token, "/api/v1/dossiers/" + code + "/verifications", verification);

        assertThat(first.json().get("recorded").asBoolean()).isTrue();
        assertThat(provincial.verifications(code)).hasSize(1);
        assertThat(provincial.versions(code)).hasSize(1);
    }

    @Test
    void shouldRefuseInvalidVerificationAndUnknownDossier() {
        provincial.generate(5);
        String token = http.token();
        Map<String, Object> invalid = Map.of("source", "astrology", "result", "match",
                "checkedAt", "2026-11-20T08:31:02+07:00", "reference", "req-2");

        assertThat(http.apiPost(token, "/api/v1/dossiers/" + provincial.codes().get(0) + "/verifications", invalid)
                .status()).isEqualTo(422);
        assertThat(http.apiPost(token, "/api/v1/dossiers/unknown/verifications", invalid).status())
                .isEqualTo(404);
    }

    private JsonNode unpaidFee() {
        provincial.generate(200);
        String token = http.token();
        JsonNode payments = http.api(token, "/api/v1/payments/changes?limit=1000").json().get("items");
        for (JsonNode payment : payments) {
            if ("unpaid".equals(payment.get("status").asText()) && payment.hasNonNull("dossierCode")) {
                return payment;
            }
        }
        throw new AssertionError("no unpaid fee among " + payments.size() + " payments");
    }

    private static Map<String, Object> confirmation(JsonNode fee, JsonNode amount) {
        return Map.of("paymentRef", fee.get("paymentRef").asText(), "transactionId", "PG2611200000123",
                "amount", amount, "paidAt", "2026-11-20T08:31:02+07:00", "source", "paygov");
    }
}
