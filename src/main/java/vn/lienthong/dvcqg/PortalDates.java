package vn.lienthong.dvcqg;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The portal's date form: {@code yyyyMMddHHmmss} in Vietnam time, empty when absent. */
final class PortalDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PortalDates() {
    }

    static String format(OffsetDateTime dateTime) {
        return dateTime == null ? "" : FORMAT.format(dateTime);
    }
}
