package vn.lienthong.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Honours a system's Retry-After: no new work is taken for that system before the time it named, but never for
 * longer than {@code gateway.retry-after.max}; a wait cut to the maximum is logged. The hold of each system is shown
 * on the console and as the {@code lienthong.retry.after.hold.seconds} gauge (what is left of it, 0 when none).
 */
@Component
public class RetryAfterGate {

    private static final Logger log = LoggerFactory.getLogger(RetryAfterGate.class);

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration max;

    public RetryAfterGate(Clock clock, RetryAfterSettings settings, ExternalSystems systems, MeterRegistry meters) {
        this.clock = clock;
        this.max = settings.max();
        if (systems.systems() != null) {
            systems.systems().keySet().forEach(system -> Gauge.builder("lienthong.retry.after.hold.seconds", this,
                            gate -> gate.hold(system).map(h -> Duration.between(clock.instant(), h.until()).toMillis() / 1000.0)
                                    .orElse(0.0))
                    .description("What is left of the wait a system asked for with Retry-After (at most the maximum)")
                    .tag("system", system).register(meters));
        }
    }

    /**
     * Holds the system off for the wait it asked, cut to the maximum; answers the wait honoured, or null when it
     * asked none. A hold only ever grows: of two, the later end is kept.
     */
    public Duration holdOff(String system, Duration asked) {
        if (asked == null || asked.isNegative()) {
            return null;
        }
        Duration honoured = asked.compareTo(max) > 0 ? max : asked;
        Instant now = clock.instant();
        Hold hold = new Hold(now.plus(honoured), asked, honoured);
        Hold before = holds.get(system);
        Hold kept = holds.merge(system, hold, (a, b) -> a.until().isAfter(b.until()) ? a : b);
        boolean alreadyCut = before != null && before.cut() && before.until().isAfter(now);
        if (hold.cut() && kept == hold && !alreadyCut) {
            log.warn("{} asked to wait {} s (Retry-After), more than gateway.retry-after.max: it waits {} s, until {}",
                    system, asked.getSeconds(), honoured.getSeconds(), hold.until());
        }
        return honoured;
    }

    public boolean isHeld(String system) {
        return hold(system).isPresent();
    }

    /** The system's current hold, if it asked to wait and the time has not come. */
    public Optional<Hold> hold(String system) {
        Hold hold = holds.get(system);
        return hold != null && clock.instant().isBefore(hold.until()) ? Optional.of(hold) : Optional.empty();
    }

    /** Until when a system is held off, what it asked for and what is honoured (less when cut to the maximum). */
    public record Hold(Instant until, Duration asked, Duration honoured) {

        public boolean cut() {
            return honoured.compareTo(asked) < 0;
        }
    }
}
