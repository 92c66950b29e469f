package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** config/systems.yaml as operators edit it: every national system has its timeouts where the gateway reads them. */
class SystemsConfigTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEverySystemItsTimeoutsAndPlainCredentialSettings() throws IOException {
        Map<String, Object> systems = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of("config/systems.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) { // one document per part, split by ---
                Map<String, Object> gateway = (Map<String, Object>) ((Map<String, Object>) document).get("gateway");
                if (gateway != null && gateway.get("systems") instanceof Map<?, ?> part) {
                    systems.putAll((Map<String, Object>) part);
                }
            }
        }
        assertThat(systems).containsKeys("provincial", "dvcqg", "population", "business-registry", "land",
                "civil-status", "paygov");
        systems.forEach((name, value) -> {
            Map<String, Object> system = (Map<String, Object>) value;
            assertThat(system).as(name).containsKey("base-url");
            assertThat(system).as(name).containsKeys("connect-timeout", "read-timeout", "circuit-breaker", "retry");
            // a credential left empty is null; one that swallowed the next lines (wrong indentation) is a map
            system.forEach((key, setting) -> {
                if (key.matches("api-key|client-id|client-secret|user|username|password|secret")) {
                    assertThat(setting instanceof Map).as(name + "." + key + " is a map").isFalse();
                }
            });
        });
    }
}
