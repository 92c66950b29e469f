package vn.lienthong.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

class SimulatorApplicationTest extends SimulatorTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldRunOnlyTheSimulatorsWithoutDatabaseBrokerOrCamel() {
        assertThat(context.getEnvironment().getActiveProfiles()).contains("simulator");
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(jakarta.jms.ConnectionFactory.class)).isEmpty();
        assertThat(context.containsBean("camelContext")).isFalse();
    }

    @Test
    void shouldCreateNoSimulatorBeanWithoutTheSimulatorProfile() {
        new ApplicationContextRunner().withUserConfiguration(ScanSimulators.class).run(context -> {
            assertThat(context).doesNotHaveBean(ProvincialSimulator.class);
            assertThat(context).doesNotHaveBean(DvcqgSimulator.class);
            assertThat(context).doesNotHaveBean(SimulatorProperties.class);
        });
    }

    @Configuration
    @ComponentScan(basePackageClasses = SimulatorApplication.class)
    static class ScanSimulators {
    }
}
