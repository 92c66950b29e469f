package vn.lienthong.dvcqg.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.lienthong.platform.VietnamTime;

/** The portal's date form: {@code yyyyMMddHHmmss} in Vietnam time, empty when absent. */
public final class PortalDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(VietnamTime.ZONE);

    private PortalDates() {
    }

    public static String format(OffsetDateTime dateTime) {
        return dateTime == null ? "" : FORMAT.format(dateTime);
    }
}
