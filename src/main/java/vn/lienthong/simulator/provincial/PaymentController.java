package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payments feed and export, and the payment confirmation write-back. */
@RestController
@RequestMapping("/sim/provincial/api/v1/payments")
class PaymentController {

    private final PaymentBook payments;
    private final ProvincialSimulator simulator;

    PaymentController(PaymentBook payments, ProvincialSimulator simulator) {
        this.payments = payments;
        this.simulator = simulator;
    }

    @GetMapping("/changes")
    Map<String, Object> changes(@RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "100") int limit) {
        return FeedAnswer.of(payments.changes(cursor, Params.within("limit", limit, 1, 1000)));
    }

    @GetMapping
    Map<String, Object> export(@RequestParam String paidFrom, @RequestParam String paidTo,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "1000") int size) {
        return payments.export(Params.instant("paidFrom", paidFrom), Params.instant("paidTo", paidTo),
                Params.within("page", page, 0, Integer.MAX_VALUE), Params.within("size", size, 1, 5000));
    }

    @PostMapping("/confirmations")
    Map<String, Object> confirm(@RequestBody JsonNode body) {
        String paymentRef = body.path("paymentRef").textValue();
        String transactionId = body.path("transactionId").textValue();
        if (paymentRef == null || transactionId == null || !body.path("amount").canConvertToExactIntegral()) {
            throw ApiError.unprocessable("paymentRef, transactionId and a whole amount are required");
        }
        OffsetDateTime paidAt = Params.instant("paidAt", body.path("paidAt").asText());
        return switch (simulator.confirmPayment(paymentRef, transactionId, body.get("amount").asLong(), paidAt)) {
            case RECORDED -> Map.of("recorded", true, "duplicate", false);
            case DUPLICATE -> Map.of("recorded", true, "duplicate", true);
            case UNKNOWN_PAYMENT -> throw ApiError.notFound("no payment " + paymentRef);
            case AMOUNT_MISMATCH -> throw new ApiError(HttpStatus.CONFLICT, "amount_mismatch",
                    "amount differs from the fee of " + paymentRef);
        };
    }
}
