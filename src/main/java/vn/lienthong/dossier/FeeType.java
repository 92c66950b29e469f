package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** Phí (fee) or lệ phí (charge). */
public enum FeeType implements WireValue {
    FEE("fee"),
    CHARGE("charge");

    private final String wire;

    FeeType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
