package vn.lienthong.simulator.provincial;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks of the provincial API's query parameters. */
final class Params {

    private Params() {
    }

    static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiError.badRequest("invalid_" + name, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    static boolean isInstant(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static OffsetDateTime instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("invalid_" + name,
                    name + " must be ISO-8601 with an offset (a '+' in a URL is written %2B): " + value);
        }
    }
}
