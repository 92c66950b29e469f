package vn.lienthong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** The gateway. {@code @SpringBootApplication} spelled out, for the one exclusion it cannot express. */
@SpringBootConfiguration
@EnableAutoConfiguration
// vn.lienthong.simulator is a separate application (SimulatorApplication): never beans of the gateway
@ComponentScan(excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @Filter(type = FilterType.REGEX, pattern = "vn\\.lienthong\\.simulator\\..*")})
@ConfigurationPropertiesScan
public class LienThongApplication {

    public static void main(String[] args) {
        SpringApplication.run(LienThongApplication.class, args);
    }
}
