package vn.lienthong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.lienthong.simulator.SimulatorApplication;

/**
 * The demo ({@code mvn spring-boot:test-run}): the simulators as their own application on port 8090
 * (config/simulator.yaml: 2,000 dossiers and a trickle of changes and payments), then the gateway on 8080 with the
 * simulators' addresses and credentials (simulated-systems.yaml) and the demo profile (application-demo.yaml: demo
 * users). Two contexts, one JVM.
 */
public final class DemoRun {

    private DemoRun() {
    }

    public static void main(String[] args) {
        SimulatorApplication.builder().run();
        new SpringApplicationBuilder(LienThongApplication.class).profiles("demo")
                .properties(Simulators.GATEWAY_CONFIG).run(args);
    }
}
