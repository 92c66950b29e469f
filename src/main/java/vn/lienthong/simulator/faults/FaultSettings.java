package vn.lienthong.simulator.faults;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The faults one simulated system injects; the same shape in configuration
 * ({@code simulator.<system>.faults.*}) and in the admin endpoint's JSON (kebab-case keys).
 * Rates are shares of calls (0..1); {@code latency} and {@code hang} are milliseconds,
 * {@code retryAfter} seconds, {@code sessionExpiryEvery} a call count (0 = never). {@code refusal}: an HTTP status
 * (e.g. 400, 401) every call answers while set, as a revoked credential or a rejected parameter would (0 = none).
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record FaultSettings(
        double errorRate,
        long latency,
        double hangRate,
        long hang,
        Instant outageUntil,
        double tooManyRate,
        int retryAfter,
        double busyRate,
        double malformedRate,
        int sessionExpiryEvery,
        int refusal) {

    public static final long DEFAULT_HANG_MS = 120_000;

    public FaultSettings {
        retryAfter = retryAfter > 0 ? retryAfter : 1;
        hang = hang > 0 ? hang : DEFAULT_HANG_MS;
    }

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0);
    }

    public FaultSettings withOutageUntil(Instant until) {
        return new FaultSettings(errorRate, latency, hangRate, hang, until, tooManyRate, retryAfter,
                busyRate, malformedRate, sessionExpiryEvery, refusal);
    }
}
