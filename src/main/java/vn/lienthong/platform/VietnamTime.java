package vn.lienthong.platform;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** The gateway's time zone, named once: Vietnam, +07:00 all year (no daylight saving). */
public final class VietnamTime {

    /** Where dates are read, written and scheduled: the Clock bean's zone and the zone of every schedule. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The same zone as the offset the partners' contracts write (a fixed offset, also for dates before 1975). */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private VietnamTime() {
    }
}
