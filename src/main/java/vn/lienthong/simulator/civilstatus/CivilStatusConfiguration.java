package vn.lienthong.simulator.civilstatus;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.LookupFaults;

@Configuration(proxyBeanMethods = false)
class CivilStatusConfiguration {

    static final String FAULTS = "civilStatusFaults";

    @Bean(FAULTS)
    FaultInjector civilStatusFaults(SimulatorProperties properties) {
        return LookupFaults.injector("civil-status", properties.civilStatus(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> civilStatusFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        return LookupFaults.filter(faults, "/sim/civil-status/hotich/*");
    }
}
