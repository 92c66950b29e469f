package vn.lienthong.simulator.registry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultFilter;
import vn.lienthong.simulator.faults.FaultInjector;

/** The fault injection of a simulated look-up service, in front of its contract endpoints only. */
public final class LookupFaults {

    private LookupFaults() {
    }

    public static FaultInjector injector(String system, SimulatorProperties.Lookup settings, long seed) {
        return new FaultInjector(system, settings.faults(), seed);
    }

    public static FilterRegistrationBean<FaultFilter> filter(FaultInjector faults, String... urlPatterns) {
        FilterRegistrationBean<FaultFilter> registration = new FilterRegistrationBean<>(new FaultFilter(faults));
        registration.setName(faults.system() + "FaultFilter");
        registration.addUrlPatterns(urlPatterns);
        return registration;
    }
}
