package vn.lienthong.simulator.business;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.LookupFaults;

@Configuration(proxyBeanMethods = false)
class BusinessRegistryConfiguration {

    static final String FAULTS = "businessRegistryFaults";

    @Bean(FAULTS)
    FaultInjector businessRegistryFaults(SimulatorProperties properties) {
        return LookupFaults.injector("business-registry", properties.businessRegistry(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> businessRegistryFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        return LookupFaults.filter(faults, "/sim/business-registry/lgsp/*");
    }
}
