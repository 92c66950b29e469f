package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** How a fee is collected. */
public enum PaymentMethod implements WireValue {
    ONLINE("online"),
    CASH("cash");

    private final String wire;

    PaymentMethod(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
