package vn.lienthong.platform;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Quick retries of a single call to an external system (config/systems.yaml, {@code retry}). Only transient
 * failures without a Retry-After are retried here; a system that named a time to wait is left alone until
 * then, and longer outages are the broker's and the circuit breaker's business.
 */
@Component
public class Retries {

    private final Map<String, Retry> retries = new ConcurrentHashMap<>();
    private final ExternalSystems systems;

    public Retries(ExternalSystems systems) {
        this.systems = systems;
    }

    public Retry of(String system) {
        return retries.computeIfAbsent(system, this::build);
    }

    private Retry build(String system) {
        SystemResilience.RetrySettings s = systems.of(system).retry();
        return Retry.of(system, RetryConfig.custom()
                .maxAttempts(s.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        s.initialInterval(), s.multiplier(), s.jitter()))
                .retryOnException(e -> e instanceof TransientFailure failure && failure.retryAfter() == null)
                .build());
    }
}
