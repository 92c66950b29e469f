package vn.lienthong.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SortedPagesTest {

    private final ConcurrentSkipListSet<String> codes = new ConcurrentSkipListSet<>(Utf8Order.COMPARATOR);
    private final SortedPages<String> pages = new SortedPages<>();

    @Test
    void shouldServeThePagesOfOffsetPagingWhetherReadInOrderOrNot() {
        IntStream.range(0, 95).forEach(i -> codes.add(String.format("C-%03d", i)));
        List<String> inOrder = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            SortedPages.Slice<String> slice = pages.page("even", page, 10, this::evenAfter, c -> c);
            assertThat(slice.total()).isEqualTo(48);
            inOrder.addAll(slice.items());
        }
        assertThat(inOrder).hasSize(48).isSortedAccordingTo(Utf8Order.COMPARATOR).allMatch(c -> even(c));
        assertThat(pages.page("even", 3, 10, this::evenAfter, c -> c).items()).isEqualTo(inOrder.subList(30, 40));
        assertThat(pages.page("even", 1, 10, this::evenAfter, c -> c).items()).isEqualTo(inOrder.subList(10, 20));
    }

    @Test
    void shouldReadOnFromWhereTheLastPageEndedWhenItemsAreAddedBeforeIt() {
        IntStream.range(10, 30).forEach(i -> codes.add(String.format("C-%03d", i)));
        List<String> first = pages.page("all", 0, 10, this::after, c -> c).items();
        codes.add("C-000");
        List<String> second = pages.page("all", 1, 10, this::after, c -> c).items();
        assertThat(first).endsWith("C-019");
        assertThat(second).startsWith("C-020").hasSize(10);
    }

    private Stream<String> after(String key) {
        return (key == null ? codes : codes.tailSet(key, false)).stream();
    }

    private Stream<String> evenAfter(String key) {
        return after(key).filter(SortedPagesTest::even);
    }

    private static boolean even(String code) {
        return Integer.parseInt(code.substring(2)) % 2 == 0;
    }
}
