package vn.lienthong.ops.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.SystemState;
import vn.lienthong.ops.SystemStates;

/** The external systems: circuit breakers, and pausing or resuming intake or delivery for maintenance. */
@RestController
@RequestMapping("/api/systems")
class SystemsController {

    private final SystemStates states;

    SystemsController(SystemStates states) {
        this.states = states;
    }

    @GetMapping
    List<SystemState> list() {
        return states.all();
    }

    @PostMapping("/{system}/pause")
    SystemState pause(@PathVariable String system, @RequestParam String what, HttpServletRequest request) {
        return states.pause(system, what, Operators.actor(request));
    }

    @PostMapping("/{system}/resume")
    SystemState resume(@PathVariable String system, @RequestParam String what) {
        return states.resume(system, what);
    }
}
