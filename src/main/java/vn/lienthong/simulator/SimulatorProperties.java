package vn.lienthong.simulator;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import vn.lienthong.simulator.faults.FaultSettings;

/**
 * {@code simulator}: the simulated systems' credentials, data and faults. Bound by {@link SimulatorApplication}, not
 * marked {@code @ConfigurationProperties}: the gateway's {@code @ConfigurationPropertiesScan} would bind it too.
 */
public record SimulatorProperties(
        @DefaultValue("2025") long seed,
        @DefaultValue Provincial provincial,
        @DefaultValue Dvcqg dvcqg,
        @DefaultValue Lookup population,
        @DefaultValue Lookup businessRegistry,
        @DefaultValue Lookup land,
        @DefaultValue Lookup civilStatus) {

    /**
     * A national look-up service: its API key, the population service's signing credentials, the
     * calls it allows in any sliding second (beyond them, 429) and its faults.
     */
    public record Lookup(
            @DefaultValue("lienthong-key") String apiKey,
            @DefaultValue("VN/GOV/000.00.00.G18/LGSP") String clientId,
            @DefaultValue("lienthong") String user,
            @DefaultValue("lienthong-secret") String secret,
            @DefaultValue("50") int allowancePerSecond,
            @DefaultValue FaultSettings faults) {
    }

    public record Provincial(
            @DefaultValue("lienthong") String clientId,
            @DefaultValue("lienthong-secret") String clientSecret,
            @DefaultValue("300s") @DurationUnit(ChronoUnit.SECONDS) Duration tokenTtl,
            @DefaultValue("0") int initialDossiers,
            @DefaultValue("0") double changesPerSecond,
            @DefaultValue("0.1") double dirtyRate,
            @DefaultValue("G18") String provinceSuffix,
            @DefaultValue("0.01") double feedDuplicateRate,
            @DefaultValue("0.01") double feedOutOfOrderRate,
            @DefaultValue FaultSettings faults) {
    }

    public record Dvcqg(
            @DefaultValue("lienthong") String username,
            @DefaultValue("lienthong-secret") String password,
            @DefaultValue("G18") String provinceSuffix,
            @DefaultValue("1800s") @DurationUnit(ChronoUnit.SECONDS) Duration sessionTtl,
            @DefaultValue FaultSettings faults) {
    }
}
