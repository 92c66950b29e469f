package vn.lienthong.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.lienthong.monitoring.ActivityHistory;
import vn.lienthong.monitoring.ActivityHistory.Sample;
import vn.lienthong.monitoring.OpsSnapshot;
import vn.lienthong.monitoring.OpsSnapshots;
import vn.lienthong.ops.Operators;
import vn.lienthong.ops.SystemState;
import vn.lienthong.ops.SystemStates;

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

    OverviewController(SystemStates systems, FlowHealth flows, OpsSnapshots snapshots, ActivityHistory history,
                       ConsoleSettings settings) {
        this.systems = systems;
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

    /**
     * The charts' data in uPlot's column form: times (Unix seconds) and, per sample interval, dossiers per minute
     * (pulled, delivered, failed) and each route's failed share of its exchanges in percent (null when idle).
     */
    @GetMapping(path = "/console/activity", produces = "application/json")
    @ResponseBody
    Map<String, Object> activity() {
        List<Sample> samples = history.samples();
        List<Long> times = new ArrayList<>();
        Map<String, List<Double>> dossiers = new LinkedHashMap<>();
        Map<String, List<Double>> errors = new LinkedHashMap<>();
        for (int i = 1; i < samples.size(); i++) {
            Sample from = samples.get(i - 1);
            Sample to = samples.get(i);
            double minutes = Math.max(1, to.at().toEpochMilli() - from.at().toEpochMilli()) / 60_000.0;
            times.add(to.at().getEpochSecond());
            for (String what : List.of("pulled", "delivered", "failed")) {
                dossiers.computeIfAbsent(what, w -> new ArrayList<>())
                        .add(Math.round(ActivityHistory.delta(from, to, "dossiers:" + what) / minutes * 10) / 10.0);
            }
            for (String key : to.counters().keySet()) {
                if (key.startsWith("route:") && key.endsWith(":total")) {
                    String route = key.substring("route:".length(), key.length() - ":total".length());
                    long total = ActivityHistory.delta(from, to, key);
                    long failed = ActivityHistory.delta(from, to, "route:" + route + ":failed");
                    errors.computeIfAbsent(route, r -> new ArrayList<>(java.util.Collections.nCopies(times.size() - 1, null)))
                            .add(total == 0 ? null : Math.round(1000.0 * failed / total) / 10.0);
                }
            }
            errors.values().forEach(series -> {
                while (series.size() < times.size()) {
                    series.add(null);
                }
            });
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("times", times);
        answer.put("dossiers", dossiers);
        answer.put("errors", errors);
        return answer;
    }
}
