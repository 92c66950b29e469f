package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;

class HealthAndMetricsIT extends GatewayIntegrationTest {

    @Test
    void shouldReportReadyWithDatabaseAndBroker() {
        JsonNode readiness = http.get().uri("/actuator/health/readiness").retrieve().body(JsonNode.class);

        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("jms").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldListCamelRoutesInHealth() {
        JsonNode health = http.get().uri("/actuator/health").retrieve().body(JsonNode.class);

        assertThat(health.toString()).contains("provincial-feed").contains("dvcqg-delivery");
    }

    @Test
    void shouldExposeSyncCountersAndBreakerStatesToPrometheus() {
        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(metrics)
                .contains("lienthong_dossiers_pulled_total")
                .contains("lienthong_dossiers_delivered_total")
                .contains("lienthong_dossiers_retried_total")
                .contains("lienthong_dossiers_superseded_total")
                .contains("lienthong_circuit_state{application=\"lienthong-gateway\",system=\"dvcqg\"}")
                .contains("lienthong_circuit_state{application=\"lienthong-gateway\",system=\"provincial\"}");
    }
}
