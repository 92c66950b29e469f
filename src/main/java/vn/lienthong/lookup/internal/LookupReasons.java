package vn.lienthong.lookup.internal;

import vn.lienthong.platform.ReasonCode;

/** Why a national database or the province refused a look-up for good. */
public enum LookupReasons implements ReasonCode {
    REFUSED("lookup.refused", "system", "status", "message"),
    NO_LEGACY_COMMUNE("lookup.no-legacy-commune", "system", "commune", "edition"),
    WRITE_BACK_REFUSED("lookup.write-back-refused", "source", "refusal");

    private final Spec spec;

    LookupReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
