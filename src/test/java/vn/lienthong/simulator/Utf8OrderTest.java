package vn.lienthong.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OrderTest {

    @Test
    void shouldSortLikeTheUtf8BytesEvenWhereUtf16Differs() {
        List<String> values = List.of("a", "ab", "b", "\uFF21", "\uD83D\uDE00", "Đ", "Z", "");

        List<String> byBytes = values.stream().sorted((x, y) -> Arrays.compareUnsigned(
                x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8))).toList();

        assertThat(values.stream().sorted(Utf8Order.COMPARATOR).toList()).isEqualTo(byBytes);
    }
}
