package vn.lienthong.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.lienthong.monitoring.ActivityHistory;
import vn.lienthong.monitoring.OpsSnapshot;
import vn.lienthong.monitoring.OpsSnapshots;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.SystemState;
import vn.lienthong.ops.SystemStates;
import vn.lienthong.platform.RetryAfterGate;

/**
 * The overview: every flow and external system with its health, breaker and pauses, the backlog, and the last
 * hour's throughput and error rates. The live part is re-fetched every few seconds (htmx), the charts' data too.
 */
@Controller
class OverviewController {

    private final SystemStates systems;
    private final FlowHealth flows;
    private final OpsSnapshots snapshots;
    private final ActivityHistory history;
    private final ConsoleSettings settings;
    private final RetryAfterGate retryAfter;

    OverviewController(SystemStates systems, FlowHealth flows, OpsSnapshots snapshots, ActivityHistory history,
                       ConsoleSettings settings, RetryAfterGate retryAfter) {
        this.systems = systems;
        this.retryAfter = retryAfter;
        this.flows = flows;
        this.snapshots = snapshots;
        this.history = history;
        this.settings = settings;
    }

    @GetMapping("/console")
    String overview(Model model) {
        live(model);
        return "console/overview";
    }

    @GetMapping("/console/overview/live")
    String live(Model model) {
        List<SystemState> states = systems.all();
        OpsSnapshot snapshot = snapshots.current();
        model.addAttribute("systems", states);
        model.addAttribute("holds", holds(states));
        model.addAttribute("flows", flows.flows(states));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("late", snapshot.oldestUnsyncedAge().compareTo(settings.lateAfter()) > 0);
        return "console/overview :: live";
    }

    @PostMapping("/console/systems/{system}/{action}")
    String pauseOrResume(@PathVariable String system, @PathVariable String action, @RequestParam String what,
                         HttpServletRequest request) {
        if ("pause".equals(action)) {
            systems.pause(system, what, Operators.actor(request));
        } else {
            systems.resume(system, what);
        }
        snapshots.fresh();
        return "redirect:/console";
    }

    /** The systems that asked to wait (Retry-After) and are still held off, with their hold. */
    private Map<String, RetryAfterGate.Hold> holds(List<SystemState> states) {
        Map<String, RetryAfterGate.Hold> holds = new TreeMap<>();
        states.forEach(s -> retryAfter.hold(s.system()).ifPresent(hold -> holds.put(s.system(), hold)));
        return holds;
    }

    /** The charts' data: {@link ActivityHistory#chart()}. */
    @GetMapping(path = "/console/activity", produces = "application/json")
    @ResponseBody
    ActivityHistory.Chart activity() {
        return history.chart();
    }
}
