package vn.lienthong.simulator.generator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The provincial system's date formats, always in Asia/Ho_Chi_Minh time. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    public static final DateTimeFormatter DATE_TIME_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private Dates() {
    }

    public static String format(ZonedDateTime at) {
        return DATE_TIME.format(at.withZoneSameInstant(ZONE));
    }

    public static String formatMillis(Instant at) {
        return DATE_TIME_MILLIS.format(at.atZone(ZONE));
    }

    static ZonedDateTime parse(String iso) {
        return ZonedDateTime.parse(iso, DATE_TIME).withZoneSameInstant(ZONE);
    }
}
