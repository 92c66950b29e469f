package vn.lienthong.simulator.provincial;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;

/** The provincial system's faults, in front of its contract endpoints only. */
@Configuration(proxyBeanMethods = false)
class ProvincialConfiguration {

    static final String FAULTS = "provincialFaults";

    @Bean(FAULTS)
    FaultInjector provincialFaults(SimulatorProperties properties) {
        return new FaultInjector("provincial", properties.provincial().faults(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> provincialFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        FilterRegistrationBean<FaultFilter> registration = new FilterRegistrationBean<>(new FaultFilter(faults));
        registration.setName("provincialFaultFilter");
        registration.addUrlPatterns("/sim/provincial/oauth/*", "/sim/provincial/api/*");
        return registration;
    }
}
