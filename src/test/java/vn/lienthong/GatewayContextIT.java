package vn.lienthong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The gateway's context holds nothing of the simulators, which run beside it as their own application. */
class GatewayContextIT extends GatewayIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldHoldNoSimulatorBean() {
        assertThat(context.getBeanDefinitionNames()).extracting(context::getType).filteredOn(Objects::nonNull)
                .extracting(Class::getName).noneMatch(name -> name.startsWith("vn.lienthong.simulator."));
        // while the simulators of this test JVM are up, in their own context
        assertThat(SIMULATORS.bean(vn.lienthong.simulator.provincial.ProvincialSimulator.class)).isNotNull();
    }

    @Test
    void shouldMapNoSimulatorPath() {
        assertThat(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods().keySet()).isNotEmpty()
                .allSatisfy(mapping -> assertThat(mapping.getPatternValues()).noneMatch(path -> path.startsWith("/sim")));
    }

    @Test
    void shouldAddNothingToEveryStartOfTheEnvironment() throws Exception {
        List<String> processors = new ArrayList<>();
        for (Resource factories : new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/spring.factories")) {
            String names = PropertiesLoaderUtils.loadProperties(factories).getProperty(EnvironmentPostProcessor.class.getName(), "");
            processors.addAll(StringUtils.commaDelimitedListToSet(names));
        }
        assertThat(processors).isNotEmpty().noneMatch(name -> name.trim().startsWith("vn.lienthong."));
        assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("test");
    }
}
