package vn.lienthong.lookup.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.TransientFailure;

/**
 * Every HTTP call to a national database goes through here: quick retries ({@code resilience4j.retry}) around a
 * rate limiter ({@code resilience4j.ratelimiter}), so that each attempt, retries included, takes a permit. The
 * circuit breaker and bulkhead wrap the whole look-up in the route (Camel's circuitBreaker EIP).
 */
@Component
public class LookupCalls {

    private final Map<LookupSource, RateLimiter> limiters = new EnumMap<>(LookupSource.class);
    private final Map<LookupSource, Retry> retries = new EnumMap<>(LookupSource.class);

    public LookupCalls(RateLimiterRegistry limiters, RetryRegistry retries) {
        for (LookupSource source : LookupSource.values()) {
            this.limiters.put(source, limiters.rateLimiter(source.system()));
            this.retries.put(source, retries.retry(source.system()));
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
        return retries.get(source).executeSupplier(limited);
    }

    /**
     * The most calls any sliding second can see with this limit: a sliding 1,000 ms window touches
     * ceil(1000/period) + 1 refresh periods, so 4 per 125 ms gives 36, under 90% of 50 with room for calls that
     * leave evenly but arrive bunched.
     */
    static long worstCaseCallsPerSecond(RateLimiterConfig limit) {
        long period = limit.getLimitRefreshPeriod().toMillis();
        return limit.getLimitForPeriod() * ((1000 + period - 1) / period + 1);
    }
}
