package vn.lienthong.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimHttp.Answer;
import vn.lienthong.simulator.SimulatorTest;

class FaultInjectionTest extends SimulatorTest {

    private static final String LOGIN = "/sim/dvcqg/api/dvcqg/login";
    private static final Map<String, String> CREDENTIALS = Map.of("username", "lienthong",
            "password", "lienthong-secret");

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfter() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("too-many-rate", 1.0, "retry-after", 7));

        Answer answer = http.postJson(LOGIN, CREDENTIALS);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void shouldAnswerServerErrorsAtErrorRate() {
        http.putJson("/sim/provincial/_admin/faults", Map.of("error-rate", 1.0));

        for (int i = 0; i < 10; i++) {
            assertThat(http.post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded", "x=1").status())
                    .isIn(Set.of(500, 502, 503, 504));
        }
        assertThat(http.get("/sim/provincial/_admin/stats").json().at("/faults/server-error").asInt())
                .isEqualTo(10);
    }

    @Test
    void shouldBeUnavailableUntilOutageEnds() {
        http.post("/sim/dvcqg/_admin/outage?seconds=1", "application/json", "");

        assertThat(http.postJson(LOGIN, CREDENTIALS).status()).isEqualTo(503);
        await().atMost(Duration.ofSeconds(5)).until(() -> http.postJson(LOGIN, CREDENTIALS).status() == 200);
    }

    @Test
    void shouldAnswerMalformedBodiesWithStatusOk() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("malformed-rate", 1.0));

        for (int i = 0; i < 6; i++) {
            Answer answer = http.postJson(LOGIN, CREDENTIALS);
            assertThat(answer.status()).isEqualTo(200);
            assertThatThrownBy(answer::json).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void shouldHoldHangingCallsUntilFaultsChange() throws Exception {
        http.putJson("/sim/provincial/_admin/faults", Map.of("hang-rate", 1.0));

        assertThatThrownBy(() -> http.getWithTimeout("/sim/provincial/api/v1/dossiers/changes",
                Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(
                () -> http.get("/sim/provincial/api/v1/dossiers/changes").status());
        await().until(() -> http.get("/sim/provincial/_admin/stats").json().at("/faults/hang").asInt() == 2);
        http.putJson("/sim/provincial/_admin/faults", "{}");
        assertThat(held.get()).isEqualTo(504);
    }

    @Test
    void shouldAddLatencyToEveryCall() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("latency", 300));

        long start = System.nanoTime();
        http.postJson(LOGIN, CREDENTIALS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldLeaveAdminEndpointsAlone() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("error-rate", 1.0, "latency", 0));

        JsonNode faults = http.get("/sim/dvcqg/_admin/faults").json();

        assertThat(faults.get("error-rate").asDouble()).isEqualTo(1.0);
        assertThat(http.get("/sim/dvcqg/_admin/stats").status()).isEqualTo(200);
    }
}
