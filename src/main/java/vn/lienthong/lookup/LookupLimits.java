package vn.lienthong.lookup;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Endpoint, rate limit and bulkhead of each national look-up system ({@code gateway.systems.<system>}, in
 * config/systems.yaml); timeouts, retries and circuit breakers are read by the platform's SystemResilience.
 */
@ConfigurationProperties("gateway")
public record LookupLimits(Map<String, SystemLimits> systems) {

    public SystemLimits of(LookupSource source) {
        SystemLimits limits = systems == null ? null : systems.get(source.system());
        return limits == null ? new SystemLimits(null, null, null, null, null, null, null) : limits;
    }

    /**
     * Rate limit: {@code limitForPeriod} calls per {@code limitRefreshPeriod}, waiting up to {@code rateLimitWait}
     * for a permit. A sliding 1,000 ms window can touch ceil(1000/period) + 1 refresh periods, so it sees at
     * most {@code limitForPeriod * (ceil(1000/period) + 1)} calls: 4 per 125 ms gives 36, under 90% of 50 with room
     * for calls that leave evenly but arrive bunched.
     */
    public record SystemLimits(String baseUrl, String apiKey, String clientId, String user, String secret,
            RateLimit rateLimit, Bulkhead bulkhead) {

        public SystemLimits {
            rateLimit = rateLimit == null ? new RateLimit(0, null, null) : rateLimit;
            bulkhead = bulkhead == null ? new Bulkhead(0, null) : bulkhead;
        }

        public LookupEndpoint endpoint() {
            return new LookupEndpoint(baseUrl, apiKey, clientId, user, secret);
        }
    }

    public record RateLimit(int limitForPeriod, Duration limitRefreshPeriod, Duration timeout) {

        public RateLimit {
            limitForPeriod = limitForPeriod <= 0 ? 4 : limitForPeriod;
            limitRefreshPeriod = limitRefreshPeriod == null ? Duration.ofMillis(100) : limitRefreshPeriod;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }

        /** The most calls any sliding second can see with these settings. */
        public long worstCaseCallsPerSecond() {
            long period = limitRefreshPeriod.toMillis();
            return limitForPeriod * ((1000 + period - 1) / period + 1);
        }
    }

    /** At most {@code maxConcurrentCalls} calls in flight to this system, so a slow system cannot take every thread. */
    public record Bulkhead(int maxConcurrentCalls, Duration maxWait) {

        public Bulkhead {
            maxConcurrentCalls = maxConcurrentCalls <= 0 ? 8 : maxConcurrentCalls;
            maxWait = maxWait == null ? Duration.ofSeconds(1) : maxWait;
        }
    }
}
