package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Result codes that come as numbers or strings ("00" is 0), compared numerically as the contracts say. */
public final class ResultCodes {

    private ResultCodes() {
    }

    /** The code's value, or -1 when it is missing or not a number. */
    public static long number(JsonNode code) {
        if (code == null || code.isNull() || code.isMissingNode()) {
            return -1;
        }
        try {
            return Long.parseLong(code.asText().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
