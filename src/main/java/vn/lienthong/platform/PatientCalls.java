package vn.lienthong.platform;

import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Calls of long runs (reconciliations, bulk replays), which wait out transient faults instead of failing: each
 * call is retried with back-off by the system's {@code <system>-pages} retry (config/systems.yaml), through
 * the system's circuit breaker; no call is made while the system's Retry-After holds ({@link RetryAfterGate})
 * or its breaker is open (an open breaker is retried as any transient failure, see {@link PatientRetryable}).
 * A run stops on a permanent error, or on a failed call when it made no progress for its {@link Patience}.
 */
@Component
public class PatientCalls {

    private final RetryRegistry retries;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final Clock clock;

    public PatientCalls(RetryRegistry retries, CircuitBreakers breakers, RetryAfterGate retryAfter, Clock clock) {
        this.retries = retries;
        this.breakers = breakers;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** A run's patience: it gives up after this long without a call that answered. */
    public Patience patience(Duration giveUpAfter) {
        return new Patience(clock, giveUpAfter);
    }

    public <T> T call(String system, Patience patience, Supplier<T> call) {
        T result = retries.retry(system + "-pages").executeSupplier(() -> attempt(system, patience, call));
        patience.progressed();
        return result;
    }

    private <T> T attempt(String system, Patience patience, Supplier<T> call) {
        patience.checkEnded(system);
        if (retryAfter.isHeld(system)) {
            throw new TransientFailure(system, "held off until the time it named (Retry-After)");
        }
        try {
            return breakers.of(system).executeSupplier(call);
        } catch (TransientFailure e) {
            retryAfter.holdOff(system, e.retryAfter());
            throw patience.failed(system, e);
        }
    }
}
