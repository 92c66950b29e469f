package vn.lienthong.payments.reconciliation;

import java.time.LocalDate;

/** One reconciliation run on its way through routes/payments/payment-reconciliation.yaml. */
public record ReconciliationJob(long id, LocalDate day) {
}
