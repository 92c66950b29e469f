package vn.lienthong.simulator.provincial;

/** How a payment confirmation write-back ended. */
public enum PaymentConfirmation {
    RECORDED, DUPLICATE, UNKNOWN_PAYMENT, AMOUNT_MISMATCH
}
