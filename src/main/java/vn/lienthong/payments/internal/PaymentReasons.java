package vn.lienthong.payments.internal;

import vn.lienthong.platform.ReasonCode;

/** Why a PayGov notification cannot be used, or why the province refused a payment confirmation. */
public enum PaymentReasons implements ReasonCode {
    PARTNER("payment.partner", "partner", "gateway"),
    UNKNOWN_STATUS("payment.unknown-status", "status", "transaction"),
    AMOUNT("payment.amount", "amount", "transaction"),
    TIME("payment.time", "time", "transaction"),
    MISSING("payment.missing", "field"),
    AMOUNT_REFUSED("payment.amount-refused", "amount", "paymentRef", "refusal"),
    UNKNOWN_PAYMENT("payment.unknown-payment", "paymentRef", "refusal"),
    CONFIRMATION_REFUSED("payment.confirmation-refused", "refusal");

    private final Spec spec;

    PaymentReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
