package vn.lienthong.platform;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The circuit breakers of the external systems, one per system from Resilience4j's registry (configured under
 * {@code resilience4j.circuitbreaker} in config/systems.yaml). Adds what the console and the alerts read: when
 * each breaker last changed state, and the {@code lienthong.circuit.state} gauge.
 */
@Component
public class CircuitBreakers {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakers.class);

    private final CircuitBreakerRegistry registry;
    private final MeterRegistry meters;
    private final Map<String, Instant> lastTransition = new ConcurrentHashMap<>();

    public CircuitBreakers(CircuitBreakerRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        this.meters = meters;
        registry.getEventPublisher().onEntryAdded(added -> watch(added.getAddedEntry()));
        registry.getAllCircuitBreakers().forEach(this::watch);
    }

    public CircuitBreaker of(String system) {
        return registry.circuitBreaker(system);
    }

    public boolean isOpen(String system) {
        CircuitBreaker.State state = of(system).getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    public Instant lastTransition(String system) {
        return lastTransition.get(system);
    }

    private void watch(CircuitBreaker breaker) {
        String system = breaker.getName();
        breaker.getEventPublisher().onStateTransition(event -> {
            lastTransition.put(system, event.getCreationTime().toInstant());
            log.warn("Circuit breaker of {}: {}", system, event.getStateTransition());
        });
        Gauge.builder("lienthong.circuit.state", breaker, b -> stateValue(b.getState()))
                .description("Circuit breaker state per external system: 0 closed, 1 open, 2 half-open, 3 other")
                .tag("system", system)
                .register(meters);
    }

    private static int stateValue(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 3;
        };
    }
}
