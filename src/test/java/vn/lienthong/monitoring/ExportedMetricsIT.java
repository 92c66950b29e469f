package vn.lienthong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Every series the Grafana dashboard and the alert rules query is one the running gateway really exports, from
 * its start (counters of every stage and outcome at zero, gauges of every flow, system and kind): a misspelt or
 * lazily registered name would show no data and never fire.
 */
class ExportedMetricsIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    @Test
    void shouldExportEverySeriesTheDashboardAndTheAlertsQuery() {
        // outbound calls are timed once there has been one: the feed polls the province from the start
        await().atMost(Duration.ofMinutes(1)).until(() -> scrape().contains("system=\"provincial\""));
        String scrape = scrape();
        Set<String> exported = Arrays.stream(scrape.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());

        assertThat(exported).containsAll(MonitoringFiles.referencedMetrics()).containsAll(GatewayMetrics.NAMES);
        assertThat(scrape).contains("lienthong_failed_syncs{application=\"lienthong-gateway\",flow=\"dossier-sync\",status=\"open\"}")
                .contains("lienthong_system_paused{application=\"lienthong-gateway\",system=\"dvcqg\",what=\"delivery\"}")
                .contains("lienthong_dossiers_failed_total{application=\"lienthong-gateway\",stage=\"validate\"}")
                .contains("lienthong_reconciliation_last_run_findings{application=\"lienthong-gateway\",kind=\"missing\"}");
    }

    @Test
    void shouldTimeEveryOutboundCallBySystemWithTheUriTemplate() {
        province.generate(5);
        await().atMost(Duration.ofMinutes(1)).until(() -> scrape().contains("system=\"dvcqg\""));

        List<String> calls = Arrays.stream(scrape().split("\n"))
                .filter(line -> line.startsWith("http_client_requests_seconds_count{")).toList();
        assertThat(calls).anyMatch(line -> line.contains("system=\"provincial\"")
                        && line.contains("/api/v1/dossiers/changes?limit={limit}"))
                .anyMatch(line -> line.contains("system=\"dvcqg\"") && line.contains("/api/dvcqg/service\""))
                .allMatch(line -> line.contains("system=\""))
                .as("no address expanded into the uri tag").noneMatch(line -> line.matches(".*uri=\"[^\"]*(=|/)[0-9A-Z.-]{6,}.*"));
    }

    @Test
    void shouldShowAPauseAsTheDatabaseHasIt() {
        http.post().uri("/api/systems/land/pause?what=intake").retrieve().toBodilessEntity();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1)).until(() -> as(TestUsers.SCRAPER).get()
                    .uri("/actuator/prometheus").retrieve().body(String.class)
                    .contains("lienthong_system_paused{application=\"lienthong-gateway\",system=\"land\",what=\"intake\"} 1.0"));
        } finally {
            http.post().uri("/api/systems/land/resume?what=intake").retrieve().toBodilessEntity();
        }
    }

    private String scrape() {
        return as(TestUsers.SCRAPER).get().uri("/actuator/prometheus").retrieve().body(String.class);
    }
}
