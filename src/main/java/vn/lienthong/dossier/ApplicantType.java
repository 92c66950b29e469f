package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** Who applies. */
public enum ApplicantType implements WireValue {
    CITIZEN("citizen"),
    ENTERPRISE("enterprise"),
    AGENCY("agency"),
    ORGANIZATION("organization");

    private final String wire;

    ApplicantType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
