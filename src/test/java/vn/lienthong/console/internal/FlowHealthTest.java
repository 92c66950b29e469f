package vn.lienthong.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import vn.lienthong.ops.SystemState;

/** The verdict of a flow, worst first. */
class FlowHealthTest {

    private final FlowHealth health = new FlowHealth(null, null, null,
            new ConsoleSettings(Map.of(), 5, Duration.ofMinutes(15)));

    @Test
    void shouldJudgeWorstFirst() {
        assertThat(health.health(ServiceStatus.Stopped, system("OPEN", false), 50.0)).isEqualTo("stopped");
        assertThat(health.health(ServiceStatus.Started, system("OPEN", true), 50.0)).isEqualTo("down");
        assertThat(health.health(ServiceStatus.Started, system("HALF_OPEN", true), 50.0)).isEqualTo("paused");
        assertThat(health.health(ServiceStatus.Started, system("HALF_OPEN", false), 50.0)).isEqualTo("recovering");
        assertThat(health.health(ServiceStatus.Started, system("CLOSED", false), 5.1)).isEqualTo("degraded");
        assertThat(health.health(ServiceStatus.Started, system("CLOSED", false), 5.0)).isEqualTo("healthy");
        assertThat(health.health(ServiceStatus.Started, null, null)).isEqualTo("healthy");
    }

    private static SystemState system(String circuit, boolean paused) {
        return new SystemState("dvcqg", circuit, null, null, 0, 0, false, paused);
    }
}
