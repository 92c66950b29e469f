package vn.lienthong.platform;

import java.time.Duration;

/** Timeouts and circuit-breaker settings of one external system ({@code gateway.systems.<name>.*}). */
public record SystemResilience(
        Duration connectTimeout, Duration readTimeout, BreakerSettings circuitBreaker, RetrySettings retry) {

    public SystemResilience {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        circuitBreaker = circuitBreaker == null ? new BreakerSettings(0, 0, 0, null, 0) : circuitBreaker;
        retry = retry == null ? new RetrySettings(0, null, 0, 0) : retry;
    }

    /** Quick retries of one call, with exponential back-off and jitter, before the broker redelivers. */
    public record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier, double jitter) {

        public RetrySettings {
            maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
            initialInterval = initialInterval == null ? Duration.ofMillis(50) : initialInterval;
            multiplier = multiplier <= 0 ? 2.0 : multiplier;
            jitter = jitter <= 0 ? 0.5 : jitter;
        }
    }

    public record BreakerSettings(
            float failureRateThreshold,
            int slidingWindowSize,
            int minimumNumberOfCalls,
            Duration waitDurationInOpenState,
            int permittedCallsInHalfOpenState) {

        public BreakerSettings {
            failureRateThreshold = failureRateThreshold <= 0 ? 50 : failureRateThreshold;
            slidingWindowSize = slidingWindowSize <= 0 ? 20 : slidingWindowSize;
            minimumNumberOfCalls = minimumNumberOfCalls <= 0 ? 10 : minimumNumberOfCalls;
            waitDurationInOpenState = waitDurationInOpenState == null ? Duration.ofSeconds(5) : waitDurationInOpenState;
            permittedCallsInHalfOpenState = permittedCallsInHalfOpenState <= 0 ? 2 : permittedCallsInHalfOpenState;
        }
    }
}
