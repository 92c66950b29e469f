package vn.lienthong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.monitoring.ActivityHistory.RouteActivity;
import vn.lienthong.monitoring.ActivityHistory.Sample;

class ActivityHistoryTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ActivityHistory history = new ActivityHistory(registry, java.time.Clock.systemUTC());

    @Test
    void shouldCountARoutesExchangesAndFailuresHandledOrNotBetweenTheFirstAndTheLastSample() {
        Counter total = Counter.builder("camel.exchanges.total").tag("routeId", "dvcqg-delivery").register(registry);
        Counter failed = Counter.builder("camel.exchanges.failed").tag("routeId", "dvcqg-delivery").register(registry);
        Counter handled = Counter.builder("camel.exchanges.failures.handled").tag("routeId", "dvcqg-delivery").register(registry);
        Counter.builder("camel.exchanges.total").tag("routeId", "").register(registry).increment(5);
        Counter delivered = Counter.builder("lienthong.dossiers.delivered").register(registry);
        total.increment(10);
        history.sample();

        total.increment(40);
        failed.increment(2);
        handled.increment(3);
        delivered.increment(500);
        history.sample();

        assertThat(history.routes()).containsExactly(new RouteActivity("dvcqg-delivery", 40, 5));
        assertThat(history.routes().get(0).errorRate()).isEqualTo(12.5);
        java.util.List<Sample> samples = history.samples();
        assertThat(ActivityHistory.delta(samples.get(0), samples.get(1), "dossiers:delivered")).isEqualTo(500);
    }

    @Test
    void shouldKeepOnlyTheLastHour() {
        Instant now = Instant.parse("2025-11-20T10:00:00Z");
        for (int minute = 120; minute >= 0; minute--) {
            history.add(new Sample(now.minusSeconds(60L * minute), Map.of()));
        }
        assertThat(history.samples()).hasSize(61);
        assertThat(history.samples().get(0).at()).isEqualTo(now.minusSeconds(3600));
    }

    @Test
    void shouldChartDossiersPerMinuteAndEachRoutesErrorRateWithGapsWhileIdle() {
        Instant at = Instant.parse("2025-11-20T10:00:00Z");
        history.add(new Sample(at, Map.of("dossiers:delivered", 0.0, "route:feed:total", 0.0)));
        history.add(new Sample(at.plusSeconds(30), Map.of("dossiers:delivered", 60.0, "route:feed:total", 10.0,
                "route:feed:failed", 1.0)));
        history.add(new Sample(at.plusSeconds(60), Map.of("dossiers:delivered", 60.0, "route:feed:total", 10.0,
                "route:feed:failed", 1.0, "route:relay:total", 4.0)));

        ActivityHistory.Chart chart = history.chart();

        assertThat(chart.times()).containsExactly(at.plusSeconds(30).getEpochSecond(), at.plusSeconds(60).getEpochSecond());
        assertThat(chart.dossiers().get("delivered")).containsExactly(120.0, 0.0);
        assertThat(chart.errors().get("feed")).containsExactly(10.0, null);
        assertThat(chart.errors().get("relay")).containsExactly(null, 0.0);
    }

    @Test
    void shouldHaveNoErrorRateWhileIdle() {
        assertThat(new RouteActivity("replay-jobs", 0, 0).errorRate()).isNull();
    }
}
