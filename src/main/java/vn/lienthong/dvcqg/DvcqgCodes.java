package vn.lienthong.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.OptionalInt;

/** The portal's codes (error_code) arrive as numbers or strings depending on its version: compare numerically. */
public final class DvcqgCodes {

    private DvcqgCodes() {
    }

    /** True for 0, "0", "00" and the like; false for any other code and for a missing one. */
    public static boolean isSuccess(JsonNode code) {
        OptionalInt value = asInt(code);
        return value.isPresent() && value.getAsInt() == 0;
    }

    /** The code as a number; empty when missing or not a whole number (a malformed answer). */
    public static OptionalInt asInt(JsonNode code) {
        if (code == null || !(code.isNumber() || code.isTextual())) {
            return OptionalInt.empty();
        }
        try {
            BigDecimal number = code.isNumber() ? code.decimalValue() : new BigDecimal(code.asText().strip());
            return OptionalInt.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException notACode) {
            return OptionalInt.empty();
        }
    }
}
