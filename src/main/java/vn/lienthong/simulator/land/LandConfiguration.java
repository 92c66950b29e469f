package vn.lienthong.simulator.land;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.LookupFaults;

@Configuration(proxyBeanMethods = false)
class LandConfiguration {

    static final String FAULTS = "landFaults";

    @Bean(FAULTS)
    FaultInjector landFaults(SimulatorProperties properties) {
        return LookupFaults.injector("land", properties.land(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> landFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        return LookupFaults.filter(faults, "/sim/land/ilis/*");
    }
}
