package vn.lienthong.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Honours a system's Retry-After: no new work is taken for that system before the time it named. */
@Component
public class RetryAfterGate {

    private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final Clock clock;

    public RetryAfterGate(Clock clock) {
        this.clock = clock;
    }

    public void holdOff(String system, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            notBefore.merge(system, clock.instant().plus(retryAfter), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    public boolean isHeld(String system) {
        Instant until = notBefore.get(system);
        return until != null && clock.instant().isBefore(until);
    }
}
