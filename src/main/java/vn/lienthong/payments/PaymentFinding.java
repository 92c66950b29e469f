package vn.lienthong.payments;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One transaction of a payment reconciliation run not in agreement, and what the gateway did about it (English, and its message code). */
@JsonPropertyOrder({"id", "kind", "paymentRef", "transactionId", "dossierCode", "paygovStatus", "paygovAmount",
        "provincialStatus", "provincialAmount", "paidAt", "action", "actionCode"})
public record PaymentFinding(long id, String kind, String paymentRef, String transactionId, String dossierCode,
                             String paygovStatus, Long paygovAmount, String provincialStatus, Long provincialAmount,
                             String paidAt, String action, String actionCode) {
}
