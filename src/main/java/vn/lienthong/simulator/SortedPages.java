package vn.lienthong.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Offset pages over a sorted, filtered view, cheap however they are read: the first page of a query counts
 * the view and notes where every page ends; any page after that reads on from its start key (like a
 * database index scan), so a million items read page by page, in order or side by side, cost one pass
 * plus the pages themselves. A change after the count moves no page start (keyset semantics).
 */
public final class SortedPages<T> {

    private static final int QUERIES_REMEMBERED = 64;

    /** The view's size and, for page p > 0, the key its items come after: {@code pageStarts.get(p - 1)}. */
    private record Index(int total, List<String> pageStarts) {
    }

    public record Slice<T>(List<T> items, int total) {
    }

    private final Map<List<Object>, Index> indexes = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Index> eldest) {
                    return size() > QUERIES_REMEMBERED;
                }
            });

    /**
     * @param query what identifies the view (its filter), compared with equals
     * @param page  0-based
     * @param after the view's items after a key (all of them for null), in order
     */
    public Slice<T> page(Object query, int page, int size, Function<String, Stream<T>> after, Function<T, String> key) {
        List<Object> id = List.of(query, size);
        Index index = page == 0 ? null : indexes.get(id);
        if (index == null) {
            index = index(after, key, size);
            indexes.put(id, index);
        }
        if (page > index.pageStarts().size()) {
            return new Slice<>(List.of(), index.total());
        }
        try (Stream<T> view = after.apply(page == 0 ? null : index.pageStarts().get(page - 1))) {
            return new Slice<>(view.limit(size).toList(), index.total());
        }
    }

    private Index index(Function<String, Stream<T>> after, Function<T, String> key, int size) {
        List<String> starts = new ArrayList<>();
        int[] n = {0};
        try (Stream<T> all = after.apply(null)) {
            all.forEach(item -> {
                if (++n[0] % size == 0) {
                    starts.add(key.apply(item));
                }
            });
        }
        return new Index(n[0], List.copyOf(starts));
    }
}
