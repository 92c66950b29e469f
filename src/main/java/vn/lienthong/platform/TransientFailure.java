package vn.lienthong.platform;

import java.time.Duration;

/**
 * A failure that a later attempt may not meet (5xx, timeout, overload, malformed body, expired session):
 * counted by the circuit breaker, and the work stays on the broker to be redelivered.
 */
public class TransientFailure extends RuntimeException {

    private final String system;
    private final Duration retryAfter;

    public TransientFailure(String system, String reason, Duration retryAfter) {
        super(system + ": " + reason);
        this.system = system;
        this.retryAfter = retryAfter;
    }

    public TransientFailure(String system, String reason) {
        this(system, reason, (Duration) null);
    }

    public TransientFailure(String system, String reason, Throwable cause) {
        super(system + ": " + reason, cause);
        this.system = system;
        this.retryAfter = null;
    }

    public String system() {
        return system;
    }

    /** What the system asked for (Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
