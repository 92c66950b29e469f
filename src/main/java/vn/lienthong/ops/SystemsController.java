package vn.lienthong.ops;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.ExternalSystems;

/** The external systems: circuit breakers, and pausing or resuming intake or delivery for maintenance. */
@RestController
@RequestMapping("/api/systems")
class SystemsController {

    private final ExternalSystems systems;
    private final CircuitBreakers breakers;
    private final SystemPauses pauses;

    SystemsController(ExternalSystems systems, CircuitBreakers breakers, SystemPauses pauses) {
        this.systems = systems;
        this.breakers = breakers;
        this.pauses = pauses;
    }

    @GetMapping
    List<SystemState> list() {
        Set<String> paused = pauses.paused();
        return names().stream().map(system -> state(system, paused)).toList();
    }

    @PostMapping("/{system}/pause")
    SystemState pause(@PathVariable String system, @RequestParam String what, HttpServletRequest request) {
        pauses.pause(known(system), what(what), Operators.actor(request));
        return state(system, pauses.paused());
    }

    @PostMapping("/{system}/resume")
    SystemState resume(@PathVariable String system, @RequestParam String what) {
        pauses.resume(known(system), what(what));
        return state(system, pauses.paused());
    }

    private SystemState state(String system, Set<String> paused) {
        CircuitBreaker breaker = breakers.of(system);
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        float rate = metrics.getFailureRate();
        return new SystemState(system, breaker.getState().name(), breakers.lastTransition(system),
                rate < 0 ? null : rate, metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
                paused.contains(system + "/" + SystemPauses.INTAKE), paused.contains(system + "/" + SystemPauses.DELIVERY));
    }

    private Set<String> names() {
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
}
