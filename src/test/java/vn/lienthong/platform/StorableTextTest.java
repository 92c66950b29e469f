package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void shouldKeepCleanTextAsItIs() {
        assertThat(StorableText.of("Nguyễn Văn An \\ 😀")).isEqualTo("Nguyễn Văn An \\ 😀");
    }

    @Test
    void shouldEscapeWhatPostgresCannotStoreAfterAMarker() {
        assertThat(StorableText.of("a\u0000b\\c\ud800d😀")).isEqualTo("[escaped] a\\u0000b\\\\c\\ud800d😀");
        assertThat(StorableText.of("\udc00")).isEqualTo("[escaped] \\udc00");
    }

    @Test
    void shouldCutWithAMarkerNeverBetweenTheHalvesOfAPair() {
        assertThat(StorableText.cut("abcdef", 3)).isEqualTo("abc…[cut: 6 characters]");
        assertThat(StorableText.cut("ab😀def", 3)).isEqualTo("ab…[cut: 7 characters]");
        assertThat(StorableText.cut("abc", 3)).isEqualTo("abc");
    }
}
