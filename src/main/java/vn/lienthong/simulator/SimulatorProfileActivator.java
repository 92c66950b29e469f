package vn.lienthong.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/** Forces the simulator profile on whenever {@link SimulatorApplication} is the application's source. */
public class SimulatorProfileActivator implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getAllSources().contains(SimulatorApplication.class)) {
            environment.addActiveProfile(SimulatorApplication.PROFILE);
        }
    }

    @Override
    public int getOrder() {
        // before config data is read, so that application-simulator files apply too
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
