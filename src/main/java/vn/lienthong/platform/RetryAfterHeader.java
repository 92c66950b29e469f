package vn.lienthong.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Reads a {@code Retry-After} header in either form of RFC 9110: delta-seconds or an HTTP-date. Anything else (a
 * negative number, a date already past, garbage) is ignored with a warning: the call's failure then takes the normal
 * back-off. The value read is what the system asked; {@link RetryAfterGate} bounds what is honoured.
 */
public final class RetryAfterHeader {

    private static final Logger log = LoggerFactory.getLogger(RetryAfterHeader.class);
    private static final int SHOWN = 40;

    private RetryAfterHeader() {
    }

    /** The wait the answer asks for, or null when it names none (or none that can be read). */
    public static Duration read(String system, HttpHeaders headers, Instant now) {
        return parse(system, headers.getFirst(HttpHeaders.RETRY_AFTER), now);
    }

    static Duration parse(String system, String value, Instant now) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Duration.ofSeconds(Long.MAX_VALUE); // more digits than a long: longer than any maximum
            }
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            if (until.isNegative()) {
                log.warn("{} answered Retry-After '{}', a time already past: ignored", system, shown(text));
                return null;
            }
            return until;
        } catch (DateTimeParseException e) {
            log.warn("{} answered Retry-After '{}', neither seconds nor an HTTP date: ignored", system, shown(text));
            return null;
        }
    }

    /** The value as logged: cut, and without control characters (a header is the sender's text). */
    private static String shown(String text) {
        String cut = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
