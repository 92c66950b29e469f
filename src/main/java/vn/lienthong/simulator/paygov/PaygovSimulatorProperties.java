package vn.lienthong.simulator.paygov;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.lienthong.simulator.faults.FaultSettings;

/**
 * {@code simulator.paygov}: the simulated PayGov's partner, secret, where it notifies, and how it misbehaves.
 * Bound by {@link vn.lienthong.simulator.SimulatorApplication}, not marked {@code @ConfigurationProperties}: the
 * gateway's {@code @ConfigurationPropertiesScan} would bind it too.
 */
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
