package vn.lienthong.simulator;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Offset pages over a sorted, filtered view, cheap when read in order: it remembers where the last page
 * ended and the next page reads on from there (like a database index scan), so reading a million items page
 * by page costs one pass instead of one pass per page. The total is counted on the first page of a query.
 */
public final class SortedPages<T> {

    private record Mark(Object query, int size, int page, String after) {
    }

    private record Count(Object query, int total) {
    }

    public record Slice<T>(List<T> items, int total) {
    }

    private volatile Mark mark;
    private volatile Count count;

    /**
     * @param query what identifies the view (its filter), compared with equals
     * @param page  0-based
     * @param after the view's items after a key (all of them for null), in order
     */
    public Slice<T> page(Object query, int page, int size, Function<String, Stream<T>> after, Function<T, String> key) {
        Count counted = count;
        if (page == 0 || counted == null || !counted.query().equals(query)) {
            try (Stream<T> all = after.apply(null)) {
                counted = new Count(query, (int) all.count());
            }
            count = counted;
        }
        Mark m = mark;
        boolean continues = m != null && m.query().equals(query) && m.size() == size && m.page() == page;
        List<T> items;
        try (Stream<T> view = continues ? after.apply(m.after()) : after.apply(null).skip((long) page * size)) {
            items = view.limit(size).toList();
        }
        if (!items.isEmpty()) {
            mark = new Mark(query, size, page + 1, key.apply(items.get(items.size() - 1)));
        }
        return new Slice<>(items, counted.total());
    }
}
