package vn.lienthong.simulator.population;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.LookupFaults;

@Configuration(proxyBeanMethods = false)
class PopulationConfiguration {

    static final String FAULTS = "populationFaults";

    @Bean(FAULTS)
    FaultInjector populationFaults(SimulatorProperties properties) {
        return LookupFaults.injector("population", properties.population(), properties.seed());
    }

    @Bean
    FilterRegistrationBean<FaultFilter> populationFaultFilter(@Qualifier(FAULTS) FaultInjector faults) {
        return LookupFaults.filter(faults, "/sim/population/lgsp/*");
    }

    @Bean
    CallLog populationCallLog() {
        return new CallLog();
    }
}
