package vn.lienthong.platform;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.function.Predicate;

/**
 * What the retries of long runs ({@code <system>-pages} in config/systems.yaml) retry: every transient failure,
 * Retry-After or not, and a call refused by an open breaker. A run waits those out; it stops on anything else.
 */
public class PatientRetryable implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable e) {
        return e instanceof TransientFailure || e instanceof CallNotPermittedException;
    }
}
