package vn.lienthong.simulator.paygov;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;

/** PayGov's faults, in front of its listing only (the notifications it sends are lost by its own settings). */
@Configuration(proxyBeanMethods = false)
class PaygovConfiguration {

    static final String FAULTS = "paygovFaults";

    @Bean(FAULTS)
    FaultInjector paygovFaults(PaygovSimulatorProperties properties) {
        return new FaultInjector("paygov", properties.faults(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> paygovFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        FilterRegistrationBean<FaultFilter> registration = new FilterRegistrationBean<>(new FaultFilter(faults));
        registration.setName("paygovFaultFilter");
        registration.addUrlPatterns("/sim/paygov/paygov/*");
        return registration;
    }
}
