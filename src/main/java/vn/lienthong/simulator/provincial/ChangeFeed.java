package vn.lienthong.simulator.provincial;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A change feed: every change of a key is appended at the end and its earlier position dropped, so a reader
 * that keeps up sees every change and one that was away sees only the newest. Appends never go before a
 * position already read; cursors are opaque and survive a reset (sequence numbers keep growing).
 */
final class ChangeFeed {

    record Page(List<byte[]> items, String nextCursor, boolean hasMore) {
    }

    static final class InvalidCursorException extends RuntimeException {
        InvalidCursorException(String message) {
            super(message);
        }
    }

    private static final String CURSOR_PREFIX = "seq:";

    private final ConcurrentSkipListMap<Long, byte[]> log = new ConcurrentSkipListMap<>();
    private final Map<String, List<Long>> positions = new HashMap<>();
    private long lastSeq;
    private volatile long published;

    /** Moves the key to the end of the feed with its new content. */
    synchronized void publish(String key, byte[] item) {
        List<Long> old = positions.remove(key);
        if (old != null) {
            old.forEach(log::remove);
        }
        append(key, item);
    }

    /** Appends an extra copy for the key (a re-delivery or a stale version), dropped when the key next moves. */
    synchronized void replay(String key, byte[] item) {
        append(key, item);
    }

    synchronized void clear() {
        log.clear();
        positions.clear();
    }

    Page read(String cursor, int limit) {
        long from = decode(cursor);
        long upTo = published;
        NavigableMap<Long, byte[]> tail = log.subMap(from, false, upTo, true);
        List<byte[]> items = new ArrayList<>(Math.min(limit, 64));
        long position = from;
        Iterator<Map.Entry<Long, byte[]>> entries = tail.entrySet().iterator();
        while (items.size() < limit && entries.hasNext()) {
            Map.Entry<Long, byte[]> entry = entries.next();
            items.add(entry.getValue());
            position = entry.getKey();
        }
        return new Page(items, encode(position), entries.hasNext());
    }

    private void append(String key, byte[] item) {
        long seq = ++lastSeq;
        log.put(seq, item);
        positions.computeIfAbsent(key, k -> new ArrayList<>(1)).add(seq);
        published = seq;
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    private long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            long seq = text.startsWith(CURSOR_PREFIX) ? Long.parseLong(text.substring(CURSOR_PREFIX.length())) : -1;
            if (seq < 0 || seq > published) {
                throw new InvalidCursorException("cursor was never issued by this feed");
            }
            return seq;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not a cursor of this feed");
        }
    }
}
