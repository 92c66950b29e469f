package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.yaml.snakeyaml.Yaml;

/**
 * config/systems.yaml as operators edit it: every system has its endpoint and timeouts, and Resilience4j one
 * default per kind with per-system overrides only where a system differs.
 */
class SystemsConfigTest {

    private static final List<String> SYSTEMS = List.of("provincial", "dvcqg", "population", "business-registry",
            "land", "civil-status", "paygov");

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEverySystemItsTimeoutsAndPlainCredentialSettings() throws IOException {
        Map<String, Object> systems = part("gateway", "systems");
        assertThat(systems).containsOnlyKeys(SYSTEMS);
        systems.forEach((name, value) -> {
            Map<String, Object> system = (Map<String, Object>) value;
            assertThat(system).as(name).containsKeys("base-url", "connect-timeout", "read-timeout");
            // a credential left empty is null; one that swallowed the next lines (wrong indentation) is a map
            system.forEach((key, setting) -> {
                if (key.matches("api-key|client-id|client-secret|user|username|password|secret")) {
                    assertThat(setting instanceof Map).as(name + "." + key + " is a map").isFalse();
                }
            });
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldOverrideTheResilienceDefaultsOnlyWhereASystemDiffers() throws IOException {
        Map<String, Object> resilience = part("resilience4j");
        assertThat(resilience).containsOnlyKeys("circuitbreaker", "retry", "ratelimiter", "bulkhead");
        resilience.forEach((kind, value) -> {
            Map<String, Object> settings = (Map<String, Object>) value;
            Map<String, Object> defaults = (Map<String, Object>) ((Map<String, Object>) settings.get("configs")).get("default");
            assertThat(defaults).as(kind + " default").isNotEmpty();
            Map<String, Object> instances = (Map<String, Object>) settings.getOrDefault("instances", Map.of());
            // a system's own instance, or its long runs' page retries (<system>-pages, from configs.pages)
            assertThat(SYSTEMS).as(kind + " instances are systems")
                    .containsAll(instances.keySet().stream().map(name -> name.replaceFirst("-pages$", "")).toList());
            instances.forEach((system, override) -> ((Map<String, Object>) override).forEach((key, setting) ->
                    assertThat(setting).as(kind + "." + system + "." + key + " repeats the default")
                            .isNotEqualTo(defaults.get(key))));
        });
    }

    @Test
    void shouldBuildEachSystemsBreakerRetryRateLimitAndBulkheadFromTheDefaultAndItsOverrides() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CircuitBreakerAutoConfiguration.class, RetryAutoConfiguration.class,
                        RateLimiterAutoConfiguration.class, BulkheadAutoConfiguration.class))
                .withInitializer(SystemsYaml::load)
                .run(context -> {
                    CircuitBreakerRegistry breakers = context.getBean(CircuitBreakerRegistry.class);
                    CircuitBreakerConfig paygov = breakers.circuitBreaker("paygov").getCircuitBreakerConfig();
                    assertThat(paygov.getSlidingWindowSize()).isEqualTo(10);
                    assertThat(paygov.getFailureRateThreshold()).isEqualTo(50); // from the default
                    assertThat(paygov.isAutomaticTransitionFromOpenToHalfOpenEnabled()).isTrue();
                    assertThat(breakers.circuitBreaker("provincial").getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState()
                            .apply(1)).isEqualTo(5_000);
                    CircuitBreakerConfig land = breakers.circuitBreaker("land").getCircuitBreakerConfig();
                    assertThat(land.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(10_000);
                    assertThat(land.getSlidingWindowSize()).isEqualTo(20);
                    assertThat(land.isWritableStackTraceEnabled()).isFalse();

                    RetryRegistry retries = context.getBean(RetryRegistry.class);
                    assertThat(retries.retry("paygov").getRetryConfig().getMaxAttempts()).isEqualTo(4);
                    assertThat(retries.retry("land").getRetryConfig().getMaxAttempts()).isEqualTo(2);
                    assertThat(retries.retry("land").getRetryConfig().getExceptionPredicate()
                            .test(new TransientFailure("land", "busy"))).isTrue();
                    assertThat(retries.retry("land").getRetryConfig().getExceptionPredicate()
                            .test(new TransientFailure("land", "wait", Duration.ofSeconds(30)))).isFalse();
                    assertThat(retries.retry("land").getRetryConfig().getExceptionPredicate()
                            .test(new ConfigurationFailure("land", "bad key"))).isFalse();

                    RateLimiterRegistry limits = context.getBean(RateLimiterRegistry.class);
                    assertThat(limits.rateLimiter("population").getRateLimiterConfig().getLimitForPeriod()).isEqualTo(4);
                    assertThat(limits.rateLimiter("population").getRateLimiterConfig().getLimitRefreshPeriod())
                            .isEqualTo(Duration.ofMillis(125));
                    assertThat(limits.rateLimiter("civil-status").getRateLimiterConfig().getLimitForPeriod()).isEqualTo(20);

                    BulkheadRegistry bulkheads = context.getBean(BulkheadRegistry.class);
                    assertThat(bulkheads.bulkhead("land").getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(8);
                });
    }

    /** The merged map at that path over every part of the file (parts are split by ---). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String... path) throws IOException {
        Map<String, Object> merged = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of("config/systems.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) {
                Object node = document;
                for (String key : path) {
                    node = node instanceof Map<?, ?> map ? map.get(key) : null;
                }
                if (node instanceof Map<?, ?> found) {
                    merged.putAll((Map<String, Object>) found);
                }
            }
        }
        return merged;
    }
}
