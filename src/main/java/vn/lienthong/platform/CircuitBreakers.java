package vn.lienthong.platform;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One Resilience4j circuit breaker per external system, configured from config/systems.yaml. Routes use
 * them through Camel's circuitBreaker EIP (by bean name); delivery consults them to leave work on the
 * broker while a system is down.
 */
@Component
public class CircuitBreakers {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakers.class);

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastTransition = new ConcurrentHashMap<>();
    private final ExternalSystems systems;
    private final MeterRegistry meters;

    public CircuitBreakers(ExternalSystems systems, MeterRegistry meters) {
        this.systems = systems;
        this.meters = meters;
    }

    public CircuitBreaker of(String system) {
        return breakers.computeIfAbsent(system, this::build);
    }

    public boolean isOpen(String system) {
        CircuitBreaker.State state = of(system).getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }

    public Instant lastTransition(String system) {
        return lastTransition.get(system);
    }

    private CircuitBreaker build(String system) {
        SystemResilience.BreakerSettings s = systems.of(system).circuitBreaker();
        CircuitBreaker breaker = CircuitBreaker.of(system, CircuitBreakerConfig.custom()
                .failureRateThreshold(s.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(s.slidingWindowSize())
                .minimumNumberOfCalls(s.minimumNumberOfCalls())
                .waitDurationInOpenState(s.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(s.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .writableStackTraceEnabled(false)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            lastTransition.put(system, event.getCreationTime().toInstant());
            log.warn("Circuit breaker of {}: {}", system, event.getStateTransition());
        });
        Gauge.builder("lienthong.circuit.state", breaker, b -> stateValue(b.getState()))
                .description("Circuit breaker state per external system: 0 closed, 1 open, 2 half-open, 3 other")
                .tag("system", system)
                .register(meters);
        return breaker;
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
