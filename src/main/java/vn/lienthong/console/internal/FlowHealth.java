package vn.lienthong.console.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.springframework.stereotype.Component;
import vn.lienthong.monitoring.ActivityHistory.RouteActivity;
import vn.lienthong.monitoring.ActivityHistory;
import vn.lienthong.ops.SystemState;
import vn.lienthong.ops.SystemStates;

/**
 * Each Camel route as a flow an operator watches: its state, its last hour, the external system it talks to,
 * and one verdict. The verdict goes, worst first: stopped, down (its system's breaker open), paused,
 * recovering (half-open), degraded (failed share of the hour's exchanges above the setting), healthy.
 */
@Component
class FlowHealth {

    private final CamelContext camel;
    private final ActivityHistory history;
    private final SystemStates systems;
    private final ConsoleSettings settings;

    FlowHealth(CamelContext camel, ActivityHistory history, SystemStates systems, ConsoleSettings settings) {
        this.camel = camel;
        this.history = history;
        this.systems = systems;
        this.settings = settings;
    }

    record Flow(String routeId, String group, String state, String system, long exchanges, long failed,
                Double errorRate, String health) {
    }

    List<Flow> flows(List<SystemState> states) {
        Map<String, RouteActivity> activity = history.routes().stream()
                .collect(Collectors.toMap(RouteActivity::routeId, Function.identity()));
        Map<String, SystemState> bySystem = states.stream()
                .collect(Collectors.toMap(SystemState::system, Function.identity()));
        return camel.getRoutes().stream()
                .filter(route -> !route.getRouteId().endsWith("-errors"))
                .map(route -> flow(route, activity.get(route.getRouteId()), bySystem))
                .sorted(java.util.Comparator.comparing(Flow::group).thenComparing(Flow::routeId))
                .toList();
    }

    private Flow flow(Route route, RouteActivity activity, Map<String, SystemState> bySystem) {
        String id = route.getRouteId();
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        String system = settings.routeSystems().get(id);
        long exchanges = activity == null ? 0 : activity.exchanges();
        long failed = activity == null ? 0 : activity.failed();
        Double errorRate = activity == null ? null : activity.errorRate();
        String health = health(status, bySystem.get(system), errorRate);
        return new Flow(id, group(route), status == null ? "unknown" : status.name().toLowerCase(), system,
                exchanges, failed, errorRate, health);
    }

    String health(ServiceStatus status, SystemState system, Double errorRate) {
        if (status == null || !status.isStarted()) {
            return "stopped";
        }
        if (system != null && "OPEN".equals(system.circuitState())) {
            return "down";
        }
        if (system != null && (system.intakePaused() || system.deliveryPaused())) {
            return "paused";
        }
        if (system != null && "HALF_OPEN".equals(system.circuitState())) {
            return "recovering";
        }
        if (errorRate != null && errorRate > settings.degradedErrorPercent()) {
            return "degraded";
        }
        return "healthy";
    }

    /** The routes folder the route came from (sync, lookup, payments, ops), else "other". */
    private static String group(Route route) {
        String source = route.getSourceLocation();
        if (source == null) {
            return "other";
        }
        String[] parts = source.replace('\\', '/').split("/");
        return parts.length >= 2 && !parts[parts.length - 2].isEmpty() ? parts[parts.length - 2] : "other";
    }
}
