package vn.lienthong.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long one run (a reconciliation, a day's payment reconciliation) waits without progress: every call that
 * answered counts as progress; a call that fails when none has answered for {@code giveUpAfter} gives up. Only a
 * call that was made counts: an open breaker or a Retry-After is waited out, and the system is always tried
 * again once they let it. Shared by the run's threads; {@link #end()} makes the run's remaining attempts stop.
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

    /** The failure to throw for this failed call: itself, or giving up when nothing answered for too long. */
    RuntimeException failed(String system, RuntimeException failure) {
        lastFailure = failure;
        if (Duration.between(lastProgress, clock.instant()).compareTo(giveUpAfter) > 0) {
            return new GaveUp(system, giveUpAfter, failure, false);
        }
        return failure;
    }

    /** The run is over (ended by another reader's error, or finished): what is still retrying stops. */
    public void end() {
        ended = true;
    }

    void checkEnded(String system) {
        if (ended) {
            throw new GaveUp(system, Duration.ZERO, lastFailure, true);
        }
    }
}
