package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;

/** Retry-After as the gateway reads it (both forms of RFC 9110) and honours it (never longer than the maximum). */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:41:12Z");

    private final MovingClock clock = new MovingClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RetryAfterGate gate = new RetryAfterGate(clock, new RetryAfterSettings(Duration.ofSeconds(3)),
            new ExternalSystems(Map.of("provincial", new ExternalSystems.Connection(null, null, null, 1, null))), meters);

    @Test
    void shouldReadDeltaSecondsAndHttpDates() {
        assertThat(RetryAfterHeader.parse("dvcqg", " 120 ", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfterHeader.parse("dvcqg", "Fri, 20 Nov 2026 02:46:12 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetryAfterHeader.parse("dvcqg", "999999999", NOW)).isEqualTo(Duration.ofSeconds(999_999_999));
        assertThat(RetryAfterHeader.parse("dvcqg", "99999999999999999999999999", NOW)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    }

    @Test
    void shouldIgnoreGarbageNegativeAndPastValues() {
        assertThat(RetryAfterHeader.parse("dvcqg", null, NOW)).isNull();
        assertThat(RetryAfterHeader.parse("dvcqg", "-5", NOW)).isNull();
        assertThat(RetryAfterHeader.parse("dvcqg", "soon", NOW)).isNull();
        assertThat(RetryAfterHeader.parse("dvcqg", "", NOW)).isNull();
        assertThat(RetryAfterHeader.parse("dvcqg", "1.5", NOW)).isNull();
        assertThat(RetryAfterHeader.parse("dvcqg", "Thu, 19 Nov 2026 02:46:12 GMT", NOW)).as("already past").isNull();
    }

    @Test
    void shouldTakeWhatTheSystemAskedIntoItsTransientFailure() throws IOException {
        MockClientHttpResponse answer = new MockClientHttpResponse(new byte[0], HttpStatus.TOO_MANY_REQUESTS);
        answer.getHeaders().set("Retry-After", "999999999");
        JsonResponses responses = new JsonResponses(new ObjectMapper(), clock);

        assertThatThrownBy(() -> responses.read("dvcqg", answer)).isInstanceOfSatisfying(TransientFailure.class,
                f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(999_999_999)));
    }

    @Test
    void shouldHoldASystemOffForAtMostTheMaximum() {
        Duration honoured = gate.holdOff("provincial", Duration.ofSeconds(999_999_999));

        assertThat(honoured).isEqualTo(Duration.ofSeconds(3));
        assertThat(gate.hold("provincial")).hasValueSatisfying(hold -> {
            assertThat(hold.until()).isEqualTo(NOW.plusSeconds(3));
            assertThat(hold.asked()).isEqualTo(Duration.ofSeconds(999_999_999));
            assertThat(hold.cut()).isTrue();
        });
        assertThat(meters.get("lienthong.retry.after.hold.seconds").tag("system", "provincial").gauge().value()).isEqualTo(3.0);
        clock.move(Duration.ofSeconds(3));
        assertThat(gate.isHeld("provincial")).isFalse();
        assertThat(meters.get("lienthong.retry.after.hold.seconds").tag("system", "provincial").gauge().value()).isZero();
    }

    @Test
    void shouldHonourAShorterWaitAsAskedAndNeverShortenAHold() {
        assertThat(gate.holdOff("provincial", Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        gate.holdOff("provincial", Duration.ofSeconds(1));

        assertThat(gate.hold("provincial")).hasValueSatisfying(hold -> {
            assertThat(hold.until()).isEqualTo(NOW.plusSeconds(2));
            assertThat(hold.cut()).isFalse();
        });
        assertThat(gate.holdOff("provincial", null)).isNull();
        assertThat(gate.holdOff("provincial", Duration.ofSeconds(-1))).isNull();
    }

    private static final class MovingClock extends Clock {

        private Instant now = NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
