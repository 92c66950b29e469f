package vn.lienthong.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectedNotificationsTest {

    @Test
    void shouldKeepOnlyTheFirstBytesOfABodyAsStorableText() {
        byte[] body = "{\"a\":\"x\u0000yz\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(RejectedNotifications.printable(body, 9)).isEqualTo("{\"a\":\"x\uFFFDy");
        assertThat(RejectedNotifications.printable(body, 100)).doesNotContain("\u0000").endsWith("z\"}");
    }
}
