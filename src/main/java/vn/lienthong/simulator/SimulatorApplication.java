package vn.lienthong.simulator;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import vn.lienthong.simulator.paygov.PaygovSimulatorProperties;

/**
 * The simulated external systems as an application of their own: own context, port and configuration
 * ({@code simulator.yaml} in {@code ./config/} or on the classpath; never the gateway's {@code application*.yaml}).
 * Each system checks its callers as its contract says (tokens, Basic credentials, API keys, signatures); the
 * {@code _admin} endpoints of the test bed are open. Deliberately not a {@code @Configuration}, and an allow-list of
 * auto-configurations keeps the database, broker, Camel and Spring Security out whatever the pom adds.
 */
// like @SpringBootApplication, leave test configurations to the tests that declare them
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        ServletWebServerFactoryAutoConfiguration.class, EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
public class SimulatorApplication {

    /** The simulators' configuration file name: {@code simulator.yaml}, so the gateway's files never apply. */
    public static final String CONFIG_NAME = "simulator";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The simulators' application, reading its own configuration; {@code run(args)} starts it. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SimulatorApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    @Bean
    SimulatorProperties simulatorProperties(Environment environment) {
        return Binder.get(environment).bindOrCreate("simulator", SimulatorProperties.class);
    }

    @Bean
    PaygovSimulatorProperties paygovSimulatorProperties(Environment environment) {
        return Binder.get(environment).bindOrCreate("simulator.paygov", PaygovSimulatorProperties.class);
    }
}
