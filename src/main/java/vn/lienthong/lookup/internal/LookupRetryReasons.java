package vn.lienthong.lookup.internal;

import vn.lienthong.platform.ReasonCode;

/** Why a look-up waits to be tried again: the system failed for now, or it was not tried (circuit open, bulkhead full). */
public enum LookupRetryReasons implements ReasonCode {
    TRANSIENT("lookup.transient", "system", "detail"),
    CIRCUIT_OPEN("lookup.circuit-open", "system"),
    BULKHEAD_FULL("lookup.bulkhead-full", "system"),
    UNEXPECTED("lookup.unexpected", "system", "error");

    private final Spec spec;

    LookupRetryReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
