package vn.lienthong.payments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.TransientFailure;
import vn.lienthong.platform.VietnamTime;
import vn.lienthong.provincial.ProvincialClient.Answer;
import vn.lienthong.provincial.ProvincialClient;

/** The provincial system's payment API (provincial-tthc.md): confirmations and the payments export. */
@Component
public class ProvincialPayments {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final ProvincialClient province;
    private final Retry retry;

    public ProvincialPayments(ProvincialClient province, RetryRegistry retries) {
        this.province = province;
        this.retry = retries.retry(ProvincialClient.SYSTEM);
    }

    /** Marks the fee paid; idempotent at the province. A refusal no retry fixes is an outcome, not an error. */
    public RelayOutcome confirm(PaymentEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentRef", event.paymentRef());
        body.put("transactionId", event.transactionId());
        body.put("amount", event.amount());
        body.put("paidAt", ISO.format(event.paidAt().atZone(VietnamTime.ZONE)));
        body.put("source", "paygov");
        Answer answer = retry.executeSupplier(() -> province.postJson("/api/v1/payments/confirmations", body));
        int status = answer.status();
        if (status == 200) {
            return RelayOutcome.relayed(event, answer.body().path("duplicate").asBoolean(false));
        }
        String refusal = "HTTP " + status + " " + answer.body().path("error").asText() + ": " + answer.body().path("message").asText();
        return switch (status) {
            case 409 -> RelayOutcome.refused(event, "amount-mismatch", PaymentReasons.AMOUNT_REFUSED.reason(
                    "confirmation: the province refused the amount " + event.amount() + " of " + event.paymentRef()
                            + " (" + refusal + ")", event.amount(), event.paymentRef(), refusal));
            case 404 -> RelayOutcome.refused(event, "unknown-payment", PaymentReasons.UNKNOWN_PAYMENT.reason(
                    "confirmation: the province has no payment " + event.paymentRef() + " (" + refusal + ")",
                    event.paymentRef(), refusal));
            case 400, 422 -> RelayOutcome.refused(event, "refused", PaymentReasons.CONFIRMATION_REFUSED.reason(
                    "confirmation: the province refused it (" + refusal + ")", refusal));
            default -> throw new TransientFailure(ProvincialClient.SYSTEM, "confirmation answered " + refusal);
        };
    }

    /** One page (from 0) of the payments paid within [from, to), sorted by paymentRef. */
    public JsonNode export(OffsetDateTime from, OffsetDateTime to, int page, int size) {
        return retry.executeSupplier(() -> province.getJson(
                "/api/v1/payments?paidFrom={from}&paidTo={to}&page={page}&size={size}",
                ISO.format(from), ISO.format(to), page, size));
    }
}
