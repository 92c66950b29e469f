package vn.lienthong.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes of an unreadable queue message, kept as text: readable where they are text, unambiguous elsewhere. */
class QueueMessagesTest {

    @Test
    void shouldKeepUtf8TextAndEscapeEverythingElse() {
        byte[] text = "{\"ten\":\"Hồ sơ\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(QueueMessages.escape(text)).isEqualTo("{\"ten\":\"Hồ sơ\"}\n");

        byte[] mixed = {'a', 0, (byte) 0xff, '\\', (byte) 0xe1, (byte) 0xbb};
        assertThat(QueueMessages.escape(mixed)).isEqualTo("a\\x00\\xFF\\\\\\xE1\\xBB");
    }
}
