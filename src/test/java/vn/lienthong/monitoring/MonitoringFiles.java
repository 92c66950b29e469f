package vn.lienthong.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The files of config/monitoring as tests read them: the dashboard, the alert rules and what they query. */
public final class MonitoringFiles {

    public static final Path DIR = Path.of("config/monitoring");
    public static final Path PROMETHEUS = DIR.resolve("prometheus.yml");
    public static final Path ALERTS = DIR.resolve("alerts.yml");
    public static final Path ALERTS_TEST = DIR.resolve("alerts-test.yml");
    public static final Path DASHBOARD = DIR.resolve("grafana/dashboards/lienthong-gateway.json");
    public static final Path COMPOSE = Path.of("docker-compose.yml");

    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    // a metric name not preceded by another name character: job="lienthong-gateway" has no underscore
    private static final Pattern METRIC = Pattern.compile("(?<![\\w:])(?:lienthong|camel|http_client)_\\w+");

    private MonitoringFiles() {
    }

    /** Every lienthong_, camel_ and http_client_ metric name the dashboard and the alert rules query, as written. */
    public static Set<String> referencedMetrics() {
        Set<String> names = new TreeSet<>();
        Stream.concat(dashboardTargets(), alertRules())
                .map(node -> node.path("expr").asText())
                .forEach(expr -> {
                    Matcher m = METRIC.matcher(expr);
                    while (m.find()) {
                        names.add(m.group());
                    }
                });
        return names;
    }

    public static JsonNode dashboard() {
        return read(JSON, DASHBOARD);
    }

    /** Panels of the dashboard, those inside collapsed rows included. */
    public static Stream<JsonNode> dashboardPanels() {
        return elements(dashboard().path("panels"))
                .flatMap(panel -> Stream.concat(Stream.of(panel), elements(panel.path("panels"))));
    }

    public static Stream<JsonNode> dashboardTargets() {
        return dashboardPanels().flatMap(panel -> elements(panel.path("targets")));
    }

    /** The alerting rules of every group of alerts.yml. */
    public static Stream<JsonNode> alertRules() {
        return elements(read(YAML, ALERTS).path("groups"))
                .flatMap(group -> elements(group.path("rules")))
                .filter(rule -> rule.has("alert"));
    }

    static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static List<String> texts(JsonNode array) {
        return elements(array).map(JsonNode::asText).toList();
    }
}
