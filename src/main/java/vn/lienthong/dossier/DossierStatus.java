package vn.lienthong.dossier;

import vn.lienthong.dossier.internal.WireValue;

/** The provincial system's handling states. */
public enum DossierStatus implements WireValue {
    NEW("new"),
    RECEIVING("receiving"),
    PROCESSING("processing"),
    WAITING("waiting"),
    PAYING("paying"),
    RELEASING("releasing"),
    DONE("done"),
    DENIED("denied"),
    CANCELLED("cancelled"),
    UNRESOLVED("unresolved");

    private final String wire;

    DossierStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
