package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.lienthong.platform.internal.DataFolder;
import vn.lienthong.platform.internal.BrokerSettings;
import vn.lienthong.platform.internal.EmbeddedBrokerConfig;

/** A configured 0 is a 0: no jitter means exact waits, not a default jitter put back in its place. */
class ConfiguredZeroTest {

    @TempDir
    Path data;

    @Test
    void shouldWaitExactlyBetweenQuickRetriesWhenASystemsJitterIsZero() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RetryAutoConfiguration.class))
                .withInitializer(SystemsYaml::load)
                .withPropertyValues("resilience4j.retry.instances.provincial.randomized-wait-factor=0")
                .run(context -> {
                    RetryRegistry retries = context.getBean(RetryRegistry.class);
                    IntFunction<Long> provincial = waits(retries.retry("provincial").getRetryConfig());
                    for (int run = 0; run < 20; run++) {
                        // 50 ms, then doubled each attempt (config/systems.yaml), every time the same
                        assertThat(IntStream.rangeClosed(1, 3).mapToObj(provincial).toList()).containsExactly(50L, 100L, 200L);
                    }
                    // the other systems keep the default jitter of +/- 50%
                    IntFunction<Long> dvcqg = waits(retries.retry("dvcqg").getRetryConfig());
                    assertThat(IntStream.range(0, 50).mapToObj(i -> dvcqg.apply(1)).distinct().count()).isGreaterThan(1);
                    assertThat(IntStream.range(0, 50).mapToObj(i -> dvcqg.apply(1))).allMatch(w -> w >= 25 && w <= 76);
                });
    }

    @Test
    void shouldGiveTheBrokerNoRedeliveryJitterWhenItIsZero() {
        new ApplicationContextRunner()
                .withUserConfiguration(Broker.class)
                .withPropertyValues("gateway.data-dir=" + data, "gateway.broker.redelivery-jitter=0")
                .run(context -> {
                    assertThat(context.getBean(BrokerSettings.class).redeliveryJitter()).isZero();
                    assertThat(brokerAddressSettings(context.getBean(ArtemisConfigurationCustomizer.class))
                            .getRedeliveryCollisionAvoidanceFactor()).isZero();
                });
    }

    @Test
    void shouldKeepTheDefaultsOfWhatIsNotConfigured() {
        new ApplicationContextRunner()
                .withUserConfiguration(Broker.class)
                .withPropertyValues("gateway.data-dir=" + data)
                .run(context -> {
                    BrokerSettings settings = context.getBean(BrokerSettings.class);
                    assertThat(settings.redeliveryJitter()).isEqualTo(0.3);
                    assertThat(settings.redeliveryMultiplier()).isEqualTo(2.0);
                    assertThat(settings.groupBuckets()).isEqualTo(64);
                    assertThat(brokerAddressSettings(context.getBean(ArtemisConfigurationCustomizer.class))
                            .getRedeliveryCollisionAvoidanceFactor()).isEqualTo(0.3);
                });
    }

    private static IntFunction<Long> waits(RetryConfig config) {
        return attempt -> config.getIntervalBiFunction().apply(attempt, Either.left(new TransientFailure("provincial", "down")));
    }

    private static AddressSettings brokerAddressSettings(ArtemisConfigurationCustomizer customizer) {
        ConfigurationImpl broker = new ConfigurationImpl();
        customizer.customize(broker);
        return broker.getAddressSettings().get("gateway.#");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BrokerSettings.class)
    @Import({EmbeddedBrokerConfig.class, DataFolder.class})
    static class Broker {
    }
}
