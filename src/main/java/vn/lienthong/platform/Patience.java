package vn.lienthong.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long one run (a reconciliation, a day's payment reconciliation) waits without progress: every call that
 * answered counts as progress; when none has for {@code giveUpAfter}, the next attempt gives up with the last
 * failure seen. Shared by the run's threads; {@link #end()} makes the run's remaining attempts give up at once.
 */
public final class Patience {

    private final Clock clock;
    private final Duration giveUpAfter;
    private volatile Instant lastProgress;
    private volatile Throwable lastFailure;
    private volatile boolean ended;

    Patience(Clock clock, Duration giveUpAfter) {
        this.clock = clock;
        this.giveUpAfter = giveUpAfter;
        this.lastProgress = clock.instant();
    }

    void progressed() {
        lastProgress = clock.instant();
    }

    void failed(Throwable failure) {
        lastFailure = failure;
    }

    /** The run is over (ended by another reader's error, or finished): what is still retrying stops. */
    public void end() {
        ended = true;
    }

    void check(String system) {
        if (ended) {
            throw new GaveUp(system, Duration.ZERO, lastFailure, true);
        }
        if (Duration.between(lastProgress, clock.instant()).compareTo(giveUpAfter) > 0) {
            throw new GaveUp(system, giveUpAfter, lastFailure, false);
        }
    }
}
