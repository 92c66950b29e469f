package vn.lienthong.simulator.provincial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienthong.simulator.SimHttp;
import vn.lienthong.simulator.SimulatorApplication;

/** A simulator started the way a benchmark starts one, with the vendor's misbehaviours turned up. */
class VendorQuirksTest {

    private static ConfigurableApplicationContext context;
    private static SimHttp http;

    @BeforeAll
    static void start() {
        // arguments, not default properties: they must win over config/simulator.yaml
        context = SimulatorApplication.builder().run("--server.port=0",
                "--simulator.provincial.initial-dossiers=400", "--simulator.provincial.token-ttl=1",
                "--simulator.provincial.feed-duplicate-rate=0.2", "--simulator.provincial.feed-out-of-order-rate=0.2",
                "--simulator.provincial.changes-per-second=200");
        http = new SimHttp(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void shouldGenerateInitialDossiersAndTrickleChangesInTheBackground() {
        ProvincialSimulator simulator = context.getBean(ProvincialSimulator.class);

        assertThat(simulator.expectations()).hasSizeGreaterThanOrEqualTo(400);
        int before = simulator.expectations().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.expectations().size() > before + 50);
    }

    @Test
    void shouldExpireTokenAfterItsLifetime() {
        String token = http.token();

        assertThat(http.api(token, "/api/v1/dossiers/changes?limit=1").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> http.api(token, "/api/v1/dossiers/changes?limit=1").status() == 401);
    }

    @Test
    void shouldDeliverDuplicatesAndOlderVersionsAfterNewerOnes() {
        context.getBean(ProvincialSimulator.class).advance(300);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> newest = new HashMap<>();
        int duplicates = 0;
        int older = 0;
        String cursor = "";
        boolean hasMore = true;
        while (hasMore) {
            JsonNode page = http.api(http.token(), "/api/v1/dossiers/changes?limit=1000&cursor=" + cursor).json();
            for (JsonNode item : page.get("items")) {
                String code = item.path("code").asText("");
                int version = item.get("version").asInt();
                duplicates += seen.add(code + "#" + version) ? 0 : 1;
                older += version < newest.merge(code, version, Math::max) ? 1 : 0;
            }
            cursor = page.get("nextCursor").asText();
            hasMore = page.get("hasMore").asBoolean();
        }

        assertThat(duplicates).isPositive();
        assertThat(older).isPositive();
    }
}
