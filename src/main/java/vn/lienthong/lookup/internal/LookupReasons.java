package vn.lienthong.lookup.internal;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/** Why a national database or the province refused a look-up for good. */
public enum LookupReasons implements ReasonCode {
    REFUSED("lookup.refused", "system", "status", "message"),
    NO_LEGACY_COMMUNE("lookup.no-legacy-commune", "system", "commune", "edition"),
    WRITE_BACK_REFUSED("lookup.write-back-refused", "source", "refusal");

    private final String code;
    private final List<String> params;

    LookupReasons(String code, String... params) {
        this.code = code;
        this.params = List.of(params);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> params() {
        return params;
    }
}
