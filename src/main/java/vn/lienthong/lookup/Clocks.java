package vn.lienthong.lookup;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times as the gateway writes them back: +07:00, to the millisecond. */
final class Clocks {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private Clocks() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MILLIS);
    }
}
