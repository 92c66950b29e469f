package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** The applicant's identifier kind; its rules are in {@link Identifiers}. */
public enum IdentityType implements WireValue {
    CCCD("CCCD"),
    CMND("CMND"),
    MST("MST"),
    OTHER("OTHER");

    private final String wire;

    IdentityType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
