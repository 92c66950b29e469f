package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {

    @Test
    void shouldCountEveryRefreshPeriodASlidingSecondCanTouch() {
        // [t, t + 1000 ms) touches ten whole 100 ms periods and parts of an eleventh
        assertThat(new LookupLimits.RateLimit(4, Duration.ofMillis(100), null).worstCaseCallsPerSecond()).isEqualTo(44);
        assertThat(new LookupLimits.RateLimit(5, Duration.ofMillis(125), null).worstCaseCallsPerSecond()).isEqualTo(45);
        // one 1 s period with 45 permits lets two bursts 1 ms apart straddle the refresh: 90 in a sliding second
        assertThat(new LookupLimits.RateLimit(45, Duration.ofMillis(1000), null).worstCaseCallsPerSecond()).isEqualTo(90);
        assertThat(new LookupLimits.RateLimit(3, Duration.ofMillis(70), null).worstCaseCallsPerSecond()).isEqualTo(48);
    }
}
