package vn.lienthong.platform;

import java.time.Duration;

/** A run stopped waiting for a system: no call answered for its limit, or the run already ended otherwise. */
public class GaveUp extends RuntimeException {

    private final Reason reason;

    GaveUp(String system, Duration limit, Throwable last, boolean runEnded) {
        super(text(system, limit, last, runEnded), last);
        String error = last == null ? "-" : last.getMessage();
        this.reason = runEnded ? WaitReasons.RUN_ENDED.reason(getMessage(), system)
                : WaitReasons.NO_PROGRESS.reason(getMessage(), system, seconds(limit), error);
    }

    /** Why, as a message code with its arguments (words in i18n/console*.properties). */
    public Reason reason() {
        return reason;
    }

    private static String seconds(Duration limit) {
        return limit.toSeconds() + " s";
    }

    private static String text(String system, Duration limit, Throwable last, boolean runEnded) {
        if (runEnded) {
            return "gave up waiting for " + system + ": the run ended";
        }
        return "gave up waiting for " + system + ": no progress for " + seconds(limit) + (last == null ? "" : "; last: " + last.getMessage());
    }
}
