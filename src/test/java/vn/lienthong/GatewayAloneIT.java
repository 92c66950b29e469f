package vn.lienthong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.client.RestClient;

/**
 * The packaged jar started with no profile is the gateway alone: no simulator answers on its port and the demo
 * logins do not exist. One user is given on the command line, as an installation would, to tell "not served" (404
 * to a logged-in user) from "not allowed" (401 to a stranger).
 */
class GatewayAloneIT {

    private static final String USER = "probe";
    private static final String PASSWORD = "probe-password";
    private static final Map<String, String> DEMO_LOGINS = Map.of("viewer", "viewer-demo",
            "operator", "operator-demo", "admin", "admin-demo", "scraper", "scraper-demo");

    private static GatewayLauncher gateway;
    private static RestClient anonymous;

    @BeforeAll
    static void startTheJarAlone() throws Exception {
        Path data = Files.createTempDirectory("gateway-alone");
        gateway = GatewayLauncher.productJar(data)
                .property("gateway.security.users." + USER + ".password-hash", new BCryptPasswordEncoder(10).encode(PASSWORD))
                .property("gateway.security.users." + USER + ".role", "viewer");
        gateway.start();
        anonymous = TestUsers.anonymous(gateway.port());
        await().atMost(Duration.ofMinutes(10)).ignoreExceptions()
                .failFast("the gateway exited; see " + data.resolve("gateway.log"), () -> !gateway.isAlive())
                .until(() -> anonymous.get().uri("/actuator/health/liveness").retrieve().toBodilessEntity()
                        .getStatusCode().is2xxSuccessful());
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.stop();
        }
    }

    @Test
    void shouldServeNoSimulatorPath() {
        // logged in, the request reaches the dispatcher: no handler for any simulator
        for (String path : new String[] {"/sim/provincial/api/v1/dossiers/changes", "/sim/dvcqg/_admin/size",
                "/sim/paygov/_admin/unpaid", "/sim/population/_admin/calls"}) {
            assertThat(status(client(USER, PASSWORD), path).value()).as(path).isEqualTo(404);
        }
        // a stranger is refused before that, like on any other path that is not public (the simulators were open)
        assertThat(status(anonymous, "/sim/provincial/oauth/token").value()).isEqualTo(401);
    }

    @Test
    void shouldRefuseTheDemoLogins() {
        DEMO_LOGINS.forEach((user, password) -> {
            assertThat(status(client(user, password), "/api/failures").value()).as(user).isEqualTo(401);
            assertThat(status(client(user, password), "/actuator/prometheus").value()).as(user).isEqualTo(401);
        });
        assertThat(status(client(USER, PASSWORD), "/api/failures").value()).isEqualTo(200);
    }

    private RestClient client(String user, String password) {
        return RestClient.builder().baseUrl("http://localhost:" + gateway.port())
                .defaultHeaders(headers -> headers.setBasicAuth(user, password)).build();
    }

    private static HttpStatusCode status(RestClient client, String path) {
        return client.get().uri(path).exchange((request, response) -> response.getStatusCode());
    }
}
