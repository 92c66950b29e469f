package vn.lienthong.simulator.provincial;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.lienthong.simulator.Utf8Order;

/** Change times that keep a feed ordered by (updatedAt, code): a tie on the millisecond needs a larger code. */
final class FeedClock {

    private Instant last = Instant.EPOCH;
    private String lastCode = "";

    synchronized Instant next(String code) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant at = now.isAfter(last) ? now : last;
        if (at.equals(last) && Utf8Order.compare(code, lastCode) <= 0) {
            at = last.plusMillis(1);
        }
        last = at;
        lastCode = code;
        return at;
    }
}
