package vn.lienthong.monitoring;

import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Statistic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The last hour of activity for the console's charts, kept in memory (Prometheus keeps the long history):
 * every sample interval the cumulative counters of each Camel route (exchanges, failed or handled-failure
 * exchanges) and of the
 * dossiers (pulled, delivered, failed) are read from Micrometer; rates are the differences between samples.
 * A restart starts the hour afresh.
 */
@Component
public class ActivityHistory {

    static final String ROUTE_TOTAL = "camel.exchanges.total";
    static final String ROUTE_FAILED = "camel.exchanges.failed";
    /** Failures the routes' error handlers dealt with (a portal call that failed, kept or retried): failures too. */
    static final String ROUTE_FAILURES_HANDLED = "camel.exchanges.failures.handled";
    static final Map<String, String> DOSSIER_COUNTERS = Map.of(
            "pulled", "lienthong.dossiers.pulled",
            "delivered", "lienthong.dossiers.delivered",
            "failed", "lienthong.dossiers.failed");
    static final Duration WINDOW = Duration.ofHours(1);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /** One reading of every cumulative counter: "route:&lt;id&gt;:total", "route:&lt;id&gt;:failed", "dossiers:&lt;what&gt;". */
    public record Sample(Instant at, Map<String, Double> counters) {
    }

    /** One route's last hour: exchanges, failed exchanges, and the failed share in percent (null when idle). */
    public record RouteActivity(String routeId, long exchanges, long failed) {

        public Double errorRate() {
            return exchanges == 0 ? null : 100.0 * failed / exchanges;
        }
    }

    public ActivityHistory(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** One reading, every gateway.console.sample-interval-ms (routes/monitoring/activity-sample.yaml). */
    public void sample() {
        Map<String, Double> counters = new HashMap<>();
        for (Meter meter : registry.getMeters()) {
            String name = meter.getId().getName();
            String routeId = meter.getId().getTag("routeId");
            if (routeId == null || routeId.isBlank()) {
                continue;
            }
            if (ROUTE_TOTAL.equals(name)) {
                counters.merge("route:" + routeId + ":total", count(meter), Double::sum);
            } else if (ROUTE_FAILED.equals(name) || ROUTE_FAILURES_HANDLED.equals(name)) {
                counters.merge("route:" + routeId + ":failed", count(meter), Double::sum);
            }
        }
        DOSSIER_COUNTERS.forEach((what, name) -> counters.put("dossiers:" + what,
                registry.find(name).meters().stream().mapToDouble(ActivityHistory::count).sum()));
        add(new Sample(clock.instant(), counters));
    }

    synchronized void add(Sample sample) {
        samples.addLast(sample);
        while (samples.size() > 2 && samples.peekFirst().at().isBefore(sample.at().minus(WINDOW))) {
            samples.removeFirst();
        }
    }

    public synchronized List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    /**
     * The hour as the console's charts draw it (uPlot's columns): for each interval between two samples, its end
     * (Unix seconds), dossiers per minute (pulled, delivered, failed), and each route's failed share of its
     * exchanges in percent (null while idle).
     */
    public record Chart(List<Long> times, Map<String, List<Double>> dossiers, Map<String, List<Double>> errors) {
    }

    /** Each route's exchanges and failures between the oldest and the newest sample of the hour. */
    public List<RouteActivity> routes() {
        List<Sample> all = samples();
        if (all.isEmpty()) {
            return List.of();
        }
        Sample first = all.get(0);
        Sample last = all.get(all.size() - 1);
        return routeIds(List.of(last)).stream().map(id -> new RouteActivity(id, delta(first, last, "route:" + id + ":total"),
                delta(first, last, "route:" + id + ":failed"))).toList();
    }

    public Chart chart() {
        List<Sample> all = samples();
        Set<String> routes = routeIds(all);
        List<Long> times = new ArrayList<>();
        Map<String, List<Double>> dossiers = new TreeMap<>();
        Map<String, List<Double>> errors = new TreeMap<>();
        for (int i = 1; i < all.size(); i++) {
            Sample from = all.get(i - 1);
            Sample to = all.get(i);
            double minutes = Math.max(1, Duration.between(from.at(), to.at()).toMillis()) / 60_000.0;
            times.add(to.at().getEpochSecond());
            for (String what : DOSSIER_COUNTERS.keySet()) {
                dossiers.computeIfAbsent(what, w -> new ArrayList<>()).add(tenths(delta(from, to, "dossiers:" + what) / minutes));
            }
            for (String route : routes) {
                long total = delta(from, to, "route:" + route + ":total");
                long failed = delta(from, to, "route:" + route + ":failed");
                errors.computeIfAbsent(route, r -> new ArrayList<>()).add(total == 0 ? null : tenths(100.0 * failed / total));
            }
        }
        return new Chart(times, dossiers, errors);
    }

    /** Every route some sample counted, in order. */
    private static Set<String> routeIds(List<Sample> samples) {
        return samples.stream().flatMap(s -> s.counters().keySet().stream())
                .filter(k -> k.startsWith("route:") && k.endsWith(":total"))
                .map(k -> k.substring("route:".length(), k.length() - ":total".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static long delta(Sample from, Sample to, String key) {
        return Math.round(to.counters().getOrDefault(key, 0.0) - from.counters().getOrDefault(key, 0.0));
    }

    private static double count(Meter meter) {
        double total = 0;
        for (Measurement m : meter.measure()) {
            if (m.getStatistic() == Statistic.COUNT || m.getStatistic() == Statistic.TOTAL) {
                total += m.getValue();
            }
        }
        return total;
    }
}
