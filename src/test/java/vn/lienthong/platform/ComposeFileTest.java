package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as docker-compose itself resolves it: no secret has a default, no broker or database port. */
class ComposeFileTest {

    /** What the compose file must be given; each gets a fresh random value here. */
    private static final List<String> SECRETS = List.of("POSTGRES_PASSWORD", "ARTEMIS_PASSWORD",
            "PROVINCIAL_CLIENT_SECRET", "DVCQG_PASSWORD", "POPULATION_API_KEY", "POPULATION_SECRET",
            "BUSINESS_REGISTRY_API_KEY", "LAND_API_KEY", "CIVIL_STATUS_API_KEY", "PAYGOV_SECRET",
            "GRAFANA_ADMIN_PASSWORD");
    /** Secrets published in this repository (demo configuration, README): never a fallback. */
    private static final List<String> KNOWN_SECRETS = List.of("paygov-simulator-secret", "lienthong-secret",
            "lienthong-key", "lienthong-grafana");

    record Result(int exitCode, String output, String errors) {
    }

    @Test
    void shouldRefuseToStartWithAnEmptyEnvironment() throws Exception {
        Result config = compose(Map.of());

        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.errors()).contains("set POSTGRES_PASSWORD");
    }

    static Stream<String> secrets() {
        return SECRETS.stream();
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void shouldRefuseToStartWithoutEachSecret(String secret) throws Exception {
        Map<String, String> allButOne = randomSecrets();
        allButOne.remove(secret);

        Result config = compose(allButOne);

        assertThat(config.exitCode()).as(config.output()).isNotZero();
        assertThat(config.errors()).contains("set " + secret);
    }

    @Test
    void shouldResolveWithItsSecretsAndPublishNoBrokerOrDatabasePort() throws Exception {
        Map<String, String> secrets = randomSecrets();

        Result config = compose(secrets);

        assertThat(config.exitCode()).as(config.errors()).isZero();
        assertThat(config.output()).doesNotContain(KNOWN_SECRETS);
        Map<String, Map<String, Object>> services = new Yaml().<Map<String, Map<String, Map<String, Object>>>>load(
                config.output()).get("services");
        assertThat(services).containsKeys("postgres", "artemis", "gateway");
        assertThat(services.get("postgres")).doesNotContainKey("ports");
        assertThat(services.get("artemis")).doesNotContainKey("ports");
        services.forEach((name, service) -> assertThat(String.valueOf(service.get("ports")))
                .as("ports of %s", name).doesNotContain("5432").doesNotContain("61616"));
        services.forEach((name, service) -> environment(service).forEach((key, value) -> {
            if (key.matches(".*(PASSWORD|SECRET|API_KEY)")) {
                assertThat(secrets).as("%s of %s comes from the environment", key, name).containsValue(value);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, Object> environment = (Map<String, Object>) service.getOrDefault("environment", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        environment.forEach((key, value) -> values.put(key, String.valueOf(value)));
        return values;
    }

    private static Map<String, String> randomSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        SECRETS.forEach(name -> secrets.put(name, UUID.randomUUID().toString()));
        return secrets;
    }

    /** {@code docker-compose config} with only PATH and the given variables, and an empty .env file (the
     * developer's own .env beside the compose file would otherwise fill the gaps). */
    private static Result compose(Map<String, String> variables) throws Exception {
        Path dockerCompose = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "docker-compose"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail("docker-compose is not on PATH: install it (apt-get install docker-compose)"));
        Path emptyEnvFile = Files.createTempFile("compose", ".env");
        Path output = Files.createTempFile("compose", ".out");
        Path errors = Files.createTempFile("compose", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(dockerCompose.toString(), "--env-file",
                    emptyEnvFile.toString(), "-f", Path.of("docker-compose.yml").toAbsolutePath().toString(), "config"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv("PATH"));
            builder.environment().putAll(variables);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("docker-compose config did not finish in 2 minutes");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(emptyEnvFile);
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
