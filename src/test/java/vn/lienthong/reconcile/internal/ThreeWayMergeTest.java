package vn.lienthong.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private final ExecutorService background = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void shouldCompareEveryDossierListedByEitherSideOnceInUtf8Order() {
        ThreeWayMerge merge = merge(
                List.of(p("A-1"), p("A-3"), p("B-1")),
                List.of(l("A-1"), l("A-2"), l("A-3"), l("Z-9")),
                List.of(q("A-1"), q("A-2"), q("Ä-1")),
                List.of(f("A-0"), f("B-1")));
        List<String> seen = new ArrayList<>();
        for (Comparison c = merge.next(); c != null; c = merge.next()) {
            seen.add(c.code() + ":" + (c.province() != null ? "P" : "") + (c.ledger() != null ? "L" : "")
                    + (c.portal() != null ? "Q" : "") + (c.failure() != null ? "F" : ""));
        }
        // a ledger row or failure of a dossier neither side listed (outside the period) is not compared
        assertThat(seen).containsExactly("A-1:PLQ", "A-2:LQ", "A-3:PL", "B-1:PF", "Ä-1:Q");
    }

    @Test
    void shouldDropACodeThatAPageRepeatsOrThatComesOutOfOrder() {
        SortedReader<Entries.Provincial> reader = new SortedReader<>("province",
                pages(List.of(List.of(p("A-1"), p("A-2")), List.of(p("A-2"), p("A-1"), p("A-3")))), background, 2);
        List<String> codes = new ArrayList<>();
        for (Entries.Provincial e = reader.head(); e != null; e = reader.head()) {
            codes.add(reader.take(e.code()).code());
        }
        assertThat(codes).containsExactly("A-1", "A-2", "A-3");
    }

    @Test
    void shouldHoldOnlyTheReadAheadPagesWhateverTheSourceHolds() {
        AtomicInteger fetched = new AtomicInteger();
        int pageSize = 100;
        int pagesInSource = 10_000; // a million entries, made on demand
        int readAhead = 3;
        SortedReader<Entries.Provincial> reader = new SortedReader<>("province",
                offsetPages(pagesInSource, pageSize, fetched), background, readAhead);
        int consumed = 0;
        for (Entries.Provincial e = reader.head(); e != null; e = reader.head()) {
            reader.take(e.code());
            consumed++;
            if (consumed % 50_000 == 0) {
                int pagesConsumed = consumed / pageSize;
                assertThat(fetched.get()).isLessThanOrEqualTo(pagesConsumed + readAhead + 1);
            }
        }
        assertThat(consumed).isEqualTo(pageSize * pagesInSource);
    }

    @Test
    void shouldGoOnFromWhereASourceSaysWhenItsPagesEndSoonerThanGuessed() {
        // two "units" of 250 and 120 items in pages of 100: the guesses past each unit's end are dropped
        PageSource<Entries.Provincial> units = new PageSource<>() {
            @Override
            public Object first() {
                return List.of(0, 0);
            }

            @Override
            public Object guessNext(Object position) {
                List<?> at = (List<?>) position;
                return List.of(at.get(0), (Integer) at.get(1) + 1);
            }

            @Override
            public PageSource.Page<Entries.Provincial> fetch(Object position) {
                int unit = (Integer) ((List<?>) position).get(0);
                int page = (Integer) ((List<?>) position).get(1);
                int size = unit == 0 ? 250 : 120;
                List<Entries.Provincial> items = new ArrayList<>();
                for (int i = page * 100; i < Math.min(size, page * 100 + 100); i++) {
                    items.add(p(String.format("U%d-%03d", unit, i)));
                }
                boolean unitDone = (page + 1) * 100 >= size;
                Object next = !unitDone ? List.of(unit, page + 1) : unit == 0 ? List.of(1, 0) : null;
                return new PageSource.Page<>(items, next, -1);
            }
        };
        SortedReader<Entries.Provincial> reader = new SortedReader<>("units", units, background, 4);
        int n = 0;
        for (Entries.Provincial e = reader.head(); e != null; e = reader.head()) {
            reader.take(e.code());
            n++;
        }
        assertThat(n).isEqualTo(370);
    }

    private static PageSource<Entries.Provincial> offsetPages(int pages, int size, AtomicInteger fetched) {
        return new PageSource<>() {
            @Override
            public Object first() {
                return 0;
            }

            @Override
            public Object guessNext(Object position) {
                return (Integer) position + 1;
            }

            @Override
            public PageSource.Page<Entries.Provincial> fetch(Object position) {
                int number = (Integer) position;
                fetched.incrementAndGet();
                return new PageSource.Page<>(page(number, size, i -> p(String.format("C-%09d", i))),
                        number == pages - 1 ? null : number + 1, -1);
            }
        };
    }

    private ThreeWayMerge merge(List<Entries.Provincial> p, List<Entries.Ledger> l, List<Entries.Portal> q,
            List<Entries.Failure> f) {
        return new ThreeWayMerge(reader(p), reader(l), reader(q), reader(f));
    }

    private <T extends Entries.Keyed> SortedReader<T> reader(List<T> items) {
        List<List<T>> pages = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            pages.add(items.subList(i, Math.min(i + 2, items.size())));
        }
        return new SortedReader<>("test", pages(pages), background, 2);
    }

    /** Keyset-like pages: the next position is known only once a page is read. */
    private static <T> PageSource<T> pages(List<List<T>> pages) {
        return new PageSource<>() {
            @Override
            public Object first() {
                return 0;
            }

            @Override
            public PageSource.Page<T> fetch(Object position) {
                int number = (Integer) position;
                List<T> items = pages.isEmpty() ? List.of() : pages.get(number);
                return new PageSource.Page<>(items, number >= pages.size() - 1 ? null : number + 1, -1);
            }
        };
    }

    private static <T> List<T> page(int number, int size, IntFunction<T> item) {
        List<T> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item.apply(number * size + i));
        }
        return items;
    }

    private static Entries.Provincial p(String code) {
        return new Entries.Provincial(code, 1, "");
    }

    private static Entries.Ledger l(String code) {
        return new Entries.Ledger(code, 1, "h");
    }

    private static Entries.Portal q(String code) {
        return new Entries.Portal(code, "h", "");
    }

    private static Entries.Failure f(String code) {
        return new Entries.Failure(code, 1, "r");
    }
}
