package vn.lienthong.console.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.VietnamTime;

/** Times and durations as the console shows them (Vietnam's time zone), for the templates: ${@consoleFormat...}. */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(VietnamTime.OFFSET);

    public String time(Object at) {
        TemporalAccessor value = null;
        if (at instanceof Instant i) {
            value = i;
        } else if (at instanceof OffsetDateTime o) {
            value = o.toInstant();
        } else if (at instanceof Timestamp t) {
            value = t.toInstant();
        } else if (at instanceof String s) {
            value = parse(s);
        }
        return value == null ? (at == null ? "" : at.toString()) : TIME.format(value);
    }

    /** A duration in its largest sensible unit: 45 s, 12 min, 3 h 5 min, 2 d 4 h. */
    public String duration(Duration d) {
        long s = d == null ? 0 : Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
        return s / 86_400 + " d " + (s % 86_400) / 3600 + " h";
    }

    public String since(Instant at) {
        return at == null ? "" : duration(Duration.between(at, Instant.now()));
    }

    public String percent(Number value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", value.doubleValue());
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
