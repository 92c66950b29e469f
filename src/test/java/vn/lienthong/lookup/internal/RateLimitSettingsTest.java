package vn.lienthong.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {

    @Test
    void shouldCountEveryRefreshPeriodASlidingSecondCanTouch() {
        // [t, t + 1000 ms) touches ten whole 100 ms periods and parts of an eleventh
        assertThat(LookupCalls.worstCaseCallsPerSecond(limit(4, 100))).isEqualTo(44);
        assertThat(LookupCalls.worstCaseCallsPerSecond(limit(5, 125))).isEqualTo(45);
        // one 1 s period with 45 permits lets two bursts 1 ms apart straddle the refresh: 90 in a sliding second
        assertThat(LookupCalls.worstCaseCallsPerSecond(limit(45, 1000))).isEqualTo(90);
        assertThat(LookupCalls.worstCaseCallsPerSecond(limit(3, 70))).isEqualTo(48);
    }

    private static RateLimiterConfig limit(int permits, long periodMillis) {
        return RateLimiterConfig.custom().limitForPeriod(permits).limitRefreshPeriod(Duration.ofMillis(periodMillis)).build();
    }
}
