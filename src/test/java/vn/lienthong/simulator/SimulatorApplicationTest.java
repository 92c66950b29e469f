package vn.lienthong.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class SimulatorApplicationTest extends SimulatorTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldRunOnlyTheSimulatorsWithoutDatabaseBrokerOrCamel() {
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(jakarta.jms.ConnectionFactory.class)).isEmpty();
        assertThat(context.containsBean("camelContext")).isFalse();
        assertThat(context.containsBean("springSecurityFilterChain")).isFalse();
    }

    @Test
    void shouldReadItsOwnConfigurationAndNotTheGateways() {
        // config/simulator.yaml, not config/application.yaml (whose gateway.* settings it has no use for)
        assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("lienthong-simulators");
        assertThat(context.getEnvironment().getProperty("gateway.data-dir")).isNull();
        assertThat(context.getBean(SimulatorProperties.class).provincial().clientId()).isEqualTo("lienthong");
    }
}
