package vn.lienthong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.monitoring.MonitoringFiles.YAML;
import static vn.lienthong.monitoring.MonitoringFiles.elements;
import static vn.lienthong.monitoring.MonitoringFiles.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/monitoring and the compose file's monitoring services: valid for the tools that load them. */
class MonitoringConfigTest {

    private static final Map<String, String> NAMED_ALERTS_AND_DELAYS = new LinkedHashMap<>();

    static {
        NAMED_ALERTS_AND_DELAYS.put("LienThongGatewayDown", "2m");
        NAMED_ALERTS_AND_DELAYS.put("LienThongCircuitOpen", "5m");
        NAMED_ALERTS_AND_DELAYS.put("LienThongUnsyncedDossierTooOld", "5m");
        NAMED_ALERTS_AND_DELAYS.put("LienThongFailuresRising", "5m");
        NAMED_ALERTS_AND_DELAYS.put("LienThongReconciliationDrift", null); // a finished run's findings: no waiting
        NAMED_ALERTS_AND_DELAYS.put("LienThongPaymentDiscrepancy", null);
        NAMED_ALERTS_AND_DELAYS.put("LienThongPaymentRelayStuck", "15m");
        NAMED_ALERTS_AND_DELAYS.put("LienThongSystemPausedLong", "1h");
    }

    @Test
    void shouldGiveDashboardUniquePanelIdsAndThePrometheusDatasource() {
        JsonNode dashboard = MonitoringFiles.dashboard();

        assertThat(dashboard.path("uid").asText()).isEqualTo("lienthong-gateway");
        assertThat(dashboard.path("title").asText()).isEqualTo("Liên Thông gateway");
        List<Integer> ids = MonitoringFiles.dashboardPanels().map(p -> p.path("id").asInt()).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        MonitoringFiles.dashboardPanels().filter(p -> p.has("targets")).forEach(panel -> {
            String title = panel.path("title").asText();
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("prometheus");
            elements(panel.path("targets")).forEach(target -> {
                assertThat(target.path("datasource").path("uid").asText()).as(title).isEqualTo("prometheus");
                assertThat(target.path("expr").asText()).as(title).isNotBlank();
            });
        });
    }

    @Test
    void shouldQueryOnlyValidPromqlInDashboard(@TempDir Path dir) throws Exception {
        List<Map<String, String>> rules = new ArrayList<>();
        MonitoringFiles.dashboardPanels().forEach(panel -> elements(panel.path("targets")).forEach(target ->
                rules.add(Map.of(
                        "record", "dashboard:panel_" + panel.path("id").asInt() + "_" + target.path("refId").asText(),
                        "expr", withoutGrafanaVariables(target.path("expr").asText())))));
        Path file = dir.resolve("dashboard-rules.yml");
        YAML.writeValue(file.toFile(), Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules))));

        assertSucceeds(Promtool.required().run("check", "rules", file.toString()));
    }

    @Test
    void shouldAcceptPrometheusConfigAndAlertRules() throws Exception {
        Promtool promtool = Promtool.required();
        // promtool (2.42) does not open basic_auth's password_file, so the mounted path needs no stand-in here
        assertSucceeds(promtool.run("check", "config", MonitoringFiles.PROMETHEUS.toString()));
        assertSucceeds(promtool.run("check", "rules", MonitoringFiles.ALERTS.toString()));
    }

    @Test
    void shouldFireEachAlertOnlyOnTheBadSeries() throws Exception {
        assertSucceeds(Promtool.required().run("test", "rules", MonitoringFiles.ALERTS_TEST.toString()));
    }

    @Test
    void shouldDefineEveryAlertTheIssueNamesWithItsDelay() {
        Map<String, List<JsonNode>> rules = MonitoringFiles.alertRules()
                .collect(Collectors.groupingBy(rule -> rule.path("alert").asText()));

        assertThat(rules).containsKeys(NAMED_ALERTS_AND_DELAYS.keySet().toArray(String[]::new));
        NAMED_ALERTS_AND_DELAYS.forEach((alert, delay) -> rules.get(alert).forEach(rule -> {
            if (delay != null) {
                assertThat(rule.path("for").asText()).as(alert).isEqualTo(delay);
            }
        }));
        MonitoringFiles.alertRules().forEach(rule -> {
            String alert = rule.path("alert").asText();
            assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("critical", "warning", "info");
            assertThat(rule.path("annotations").fieldNames()).toIterable().as(alert)
                    .contains("summary", "description", "console");
        });
    }

    @Test
    void shouldUnitTestEveryAlertFiring() {
        Set<String> firing = elements(MonitoringFiles.read(YAML, MonitoringFiles.ALERTS_TEST).path("tests"))
                .flatMap(test -> elements(test.path("alert_rule_test")))
                .filter(check -> !check.path("exp_alerts").isEmpty())
                .map(check -> check.path("alertname").asText())
                .collect(Collectors.toSet());

        assertThat(firing).containsAll(MonitoringFiles.alertRules().map(rule -> rule.path("alert").asText()).toList());
    }

    @Test
    void shouldMountTheMonitoringFilesWhereTheirToolsLookForThem() {
        JsonNode services = MonitoringFiles.read(YAML, MonitoringFiles.COMPOSE).path("services");
        Map<String, String> prometheus = mounts(services.path("prometheus"));
        Map<String, String> grafana = mounts(services.path("grafana"));

        assertThat(prometheus).containsEntry("/etc/prometheus/prometheus.yml", "./config/monitoring/prometheus.yml")
                .containsEntry("/etc/prometheus/alerts.yml", "./config/monitoring/alerts.yml"); // rule_files: alerts.yml
        JsonNode scrape = MonitoringFiles.read(YAML, MonitoringFiles.PROMETHEUS).path("scrape_configs").get(0);
        assertThat(prometheus).containsKey(scrape.path("basic_auth").path("password_file").asText());
        JsonNode provider = MonitoringFiles.read(YAML, MonitoringFiles.DIR.resolve(
                "grafana/provisioning/dashboards/lienthong.yml")).path("providers").get(0);
        assertThat(grafana).containsKeys("/etc/grafana/provisioning", provider.path("options").path("path").asText());
        assertThat(texts(services.path("grafana").path("depends_on"))).contains("prometheus");
        List.of(prometheus, grafana).forEach(mounts -> mounts.values().stream()
                .filter(source -> source.startsWith("./config/monitoring"))
                .forEach(source -> assertThat(Path.of(source)).as("mounted from compose").exists()));
    }

    @Test
    void shouldQueryOnlyMetricsTheGatewayExports() {
        Set<String> referenced = MonitoringFiles.referencedMetrics();

        assertThat(referenced).contains("lienthong_circuit_state", "lienthong_failed_syncs", "camel_exchanges_total");
        assertThat(referenced.stream().filter(name -> !GatewayMetrics.NAMES.contains(name)))
                .as("queried but not exported by the gateway").isEmpty();
    }

    /** Grafana fills these in at query time; promtool needs something valid in their place. */
    private static String withoutGrafanaVariables(String expr) {
        return expr.replaceAll("\\$__(rate_interval|interval|range)\\b", "5m")
                .replaceAll("\\$\\{?\\w+(:\\w+)?}?", ".*");
    }

    /** Compose short volume syntax, target to source; ${VAR:-default} may hold a colon, so it goes first. */
    private static Map<String, String> mounts(JsonNode service) {
        return texts(service.path("volumes")).stream()
                .map(volume -> volume.replaceAll("\\$\\{[^}]*}", "\\$VAR").split(":"))
                .collect(Collectors.toMap(parts -> parts[1], parts -> parts[0]));
    }

    private static void assertSucceeds(Promtool.Result result) {
        assertThat(result.exitCode()).as("promtool said:%n%s", result.output()).isZero();
    }
}
