package vn.lienthong.reconcile;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source as a stream sorted by code, read page by page with the next page fetched in the background
 * while this one is merged: at most two pages in memory. Offset paging over data that changes meanwhile can
 * repeat an item or skip one; a repeated or out-of-order code is dropped here (a skipped one is confirmed
 * later, as any dossier seen on one side only).
 */
final class SortedReader<T extends Entries.Keyed> {

    private static final Logger log = LoggerFactory.getLogger(SortedReader.class);

    private final String name;
    private final PageSource<T> source;
    private final ExecutorService background;
    private final AtomicLong fetchNanos = new AtomicLong();
    private long waitNanos;
    private long total = -1;
    private long dropped;
    private PageSource.Page<T> page;
    private CompletableFuture<PageSource.Page<T>> next;
    private Iterator<T> items;
    private T head;
    private String lastCode;

    SortedReader(String name, PageSource<T> source, ExecutorService background) {
        this.name = name;
        this.source = source;
        this.background = background;
        this.next = fetchAsync(null);
        advance();
    }

    /** The current item, or null when the stream is exhausted. */
    T head() {
        return head;
    }

    /** The current item if it has this code (and moves past it), else null. */
    T take(String code) {
        T current = head;
        if (current != null && current.code().equals(code)) {
            advance();
            return current;
        }
        return null;
    }

    /** Moves past every item with a code before this one. */
    void skipBefore(String code) {
        while (head != null && CodeOrder.compare(head.code(), code) < 0) {
            advance();
        }
    }

    long total() {
        return total;
    }

    long fetchMillis() {
        return fetchNanos.get() / 1_000_000;
    }

    long waitMillis() {
        return waitNanos / 1_000_000;
    }

    String name() {
        return name;
    }

    private void advance() {
        while (true) {
            T candidate = nextItem();
            if (candidate == null) {
                head = null;
                return;
            }
            if (lastCode == null || CodeOrder.compare(candidate.code(), lastCode) > 0) {
                lastCode = candidate.code();
                head = candidate;
                return;
            }
            if (dropped++ < 5) {
                log.info("{}: {} comes again or out of order after {}; dropped", name, candidate.code(), lastCode);
            }
        }
    }

    private T nextItem() {
        while (items == null || !items.hasNext()) {
            if (next == null) {
                return null;
            }
            page = await(next);
            total = Math.max(total, page.total());
            next = page.last() ? null : fetchAsync(page);
            items = page.items().iterator();
        }
        return items.next();
    }

    private CompletableFuture<PageSource.Page<T>> fetchAsync(PageSource.Page<T> previous) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                return source.fetch(previous);
            } finally {
                fetchNanos.addAndGet(System.nanoTime() - t0);
            }
        }, background);
    }

    private PageSource.Page<T> await(CompletableFuture<PageSource.Page<T>> future) {
        long t0 = System.nanoTime();
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            waitNanos += System.nanoTime() - t0;
        }
    }

    /** Stops reading ahead (a run that ends early leaves no fetch behind). */
    void close() {
        if (next != null) {
            next.cancel(true);
        }
    }
}
