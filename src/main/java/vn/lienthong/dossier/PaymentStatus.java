package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** Where a fee's payment stands. */
public enum PaymentStatus implements WireValue {
    UNPAID("unpaid"),
    PAID("paid"),
    REFUNDED("refunded");

    private final String wire;

    PaymentStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
