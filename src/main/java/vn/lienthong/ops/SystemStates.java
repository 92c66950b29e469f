package vn.lienthong.ops;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.ExternalSystems;

/** Each external system's circuit breaker and pauses, as the API and the console show them. */
@Component
public class SystemStates {

    private final ExternalSystems systems;
    private final CircuitBreakers breakers;
    private final SystemPauses pauses;

    SystemStates(ExternalSystems systems, CircuitBreakers breakers, SystemPauses pauses) {
        this.systems = systems;
        this.breakers = breakers;
        this.pauses = pauses;
    }

    public List<SystemState> all() {
        Set<String> paused = pauses.paused();
        return names().stream().map(system -> state(system, paused)).toList();
    }

    public SystemState of(String system) {
        return state(system, pauses.paused());
    }

    /** Pauses a known system's intake or delivery; 404 for an unknown system, 400 for anything but intake/delivery. */
    public SystemState pause(String system, String what, String actor) {
        pauses.pause(known(system), what(what), actor);
        return of(system);
    }

    public SystemState resume(String system, String what) {
        pauses.resume(known(system), what(what));
        return of(system);
    }

    public Set<String> names() {
        return systems.systems() == null ? Set.of() : new TreeSet<>(systems.systems().keySet());
    }

    private String known(String system) {
        if (!names().contains(system)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown system " + system + "; known: " + names());
        }
        return system;
    }

    private static String what(String what) {
        if (!SystemPauses.INTAKE.equals(what) && !SystemPauses.DELIVERY.equals(what)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "what must be intake or delivery, got " + what);
        }
        return what;
    }

    private SystemState state(String system, Set<String> paused) {
        CircuitBreaker breaker = breakers.of(system);
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        float rate = metrics.getFailureRate();
        return new SystemState(system, breaker.getState().name(), breakers.lastTransition(system),
                rate < 0 ? null : rate, metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
                paused.contains(system + "/" + SystemPauses.INTAKE), paused.contains(system + "/" + SystemPauses.DELIVERY));
    }
}
