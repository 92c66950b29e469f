package vn.lienthong.simulator.paygov;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import vn.lienthong.simulator.SimulatorApplication;
import vn.lienthong.simulator.faults.FaultSettings;

/** {@code simulator.paygov}: the simulated PayGov's partner, secret, where it notifies, and how it misbehaves. */
@Profile(SimulatorApplication.PROFILE)
@ConfigurationProperties("simulator.paygov")
public record PaygovSimulatorProperties(
        @DefaultValue("G18") String partnerCode,
        @DefaultValue("paygov-simulator-secret") String secret,
        @DefaultValue("http://localhost:8080/paygov/notify") String notifyUrl,
        @DefaultValue("0.03") double lostShare,
        @DefaultValue("0.02") double duplicateShare,
        @DefaultValue("12m") Duration resendDelay,
        @DefaultValue("5") int maxResends,
        @DefaultValue("0") double paymentsPerSecond,
        @DefaultValue("2025") long seed,
        @DefaultValue FaultSettings faults) {
}
