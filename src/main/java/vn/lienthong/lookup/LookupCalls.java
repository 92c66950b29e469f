package vn.lienthong.lookup;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Retries;
import vn.lienthong.platform.TransientFailure;

/**
 * Every HTTP call to a national database goes through here: quick retries (config {@code retry}) around a
 * rate limiter (config {@code rate-limit}), so that each attempt, retries included, takes a permit. The
 * circuit breaker and bulkhead wrap the whole look-up in the route (Camel's circuitBreaker EIP).
 */
@Component
public class LookupCalls {

    private final Map<LookupSource, RateLimiter> limiters = new EnumMap<>(LookupSource.class);
    private final Retries retries;

    public LookupCalls(LookupLimits limits, Retries retries) {
        this.retries = retries;
        for (LookupSource source : LookupSource.values()) {
            LookupLimits.RateLimit rate = limits.of(source).rateLimit();
            limiters.put(source, RateLimiter.of(source.system(), RateLimiterConfig.custom()
                    .limitForPeriod(rate.limitForPeriod())
                    .limitRefreshPeriod(rate.limitRefreshPeriod())
                    .timeoutDuration(rate.timeout())
                    .writableStackTraceEnabled(false)
                    .build()));
        }
    }

    public RateLimiter rateLimiter(LookupSource source) {
        return limiters.get(source);
    }

    public <T> T call(LookupSource source, Supplier<T> call) {
        Supplier<T> limited = () -> {
            try {
                return RateLimiter.decorateSupplier(limiters.get(source), call).get();
            } catch (RequestNotPermitted e) {
                throw new TransientFailure(source.system(), "no rate-limit permit within its wait; too much work queued");
            }
        };
        return retries.of(source.system()).executeSupplier(limited);
    }
}
