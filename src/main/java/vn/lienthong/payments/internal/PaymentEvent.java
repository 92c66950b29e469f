package vn.lienthong.payments.internal;

import java.time.Instant;

/** A stored successful payment on its way to the provincial system; {@code attempts} counts this one. */
public record PaymentEvent(long id, String transactionId, String paymentRef, String dossierCode, long amount,
                           Instant paidAt, String record, int attempts) {
}
