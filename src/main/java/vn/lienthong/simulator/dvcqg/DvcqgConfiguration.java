package vn.lienthong.simulator.dvcqg;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;

/** The portal's faults, in front of its contract endpoints only. */
@Configuration(proxyBeanMethods = false)
class DvcqgConfiguration {

    static final String FAULTS = "dvcqgFaults";

    @Bean(FAULTS)
    FaultInjector dvcqgFaults(SimulatorProperties properties) {
        return new FaultInjector("dvcqg", properties.dvcqg().faults(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> dvcqgFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        FilterRegistrationBean<FaultFilter> registration = new FilterRegistrationBean<>(new FaultFilter(faults));
        registration.setName("dvcqgFaultFilter");
        registration.addUrlPatterns("/sim/dvcqg/api/*");
        return registration;
    }
}
