package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** How the dossier was submitted. */
public enum Channel implements WireValue {
    DIRECT("direct"),
    ONLINE("online"),
    POSTAL("postal");

    private final String wire;

    Channel(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
