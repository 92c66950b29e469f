package vn.lienthong.reconcile.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source as a stream sorted by code, read page by page with the next pages fetched in the background
 * while this one is merged: at most {@code readAhead} + 1 pages in memory. Pages whose position can be told
 * in advance (offset paging) are fetched side by side; a page that ends its source sooner than guessed
 * cancels the guesses after it. Offset paging over data that changes meanwhile can
 * repeat an item or skip one; a repeated or out-of-order code is dropped here (a skipped one is confirmed
 * later, as any dossier seen on one side only).
 */
final class SortedReader<T extends Entries.Keyed> {

    private static final Logger log = LoggerFactory.getLogger(SortedReader.class);

    private final String name;
    private final PageSource<T> source;
    private final ExecutorService background;
    private final int readAhead;
    private final Deque<Pending<T>> pending = new ArrayDeque<>();
    private Object upcoming;
    private final AtomicLong fetchNanos = new AtomicLong();
    private long waitNanos;
    private long total = -1;
    private long dropped;
    private Iterator<T> items;
    private T head;
    private String lastCode;

    SortedReader(String name, PageSource<T> source, ExecutorService background, int readAhead) {
        this.name = name;
        this.source = source;
        this.background = background;
        this.readAhead = Math.max(1, readAhead);
        this.upcoming = source.first();
        fill();
        advance();
    }

    private record Pending<T>(Object position, CompletableFuture<PageSource.Page<T>> page) {
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
            Pending<T> first = pending.poll();
            if (first == null) {
                return null;
            }
            PageSource.Page<T> page = await(first.page());
            total = Math.max(total, page.total());
            Pending<T> guessed = pending.peek();
            if (page.next() == null || guessed == null || !guessed.position().equals(page.next())) {
                cancelPending(); // the guesses were wrong: the source ended, or went on elsewhere
                upcoming = page.next();
            }
            fill();
            items = page.items().iterator();
        }
        return items.next();
    }

    /** Keeps up to readAhead pages in flight, as far as their positions can be told. */
    private void fill() {
        while (pending.size() < readAhead) {
            Object position = pending.isEmpty() ? upcoming : source.guessNext(pending.peekLast().position());
            if (position == null) {
                return;
            }
            upcoming = null;
            pending.add(new Pending<>(position, fetchAsync(position)));
        }
    }

    private CompletableFuture<PageSource.Page<T>> fetchAsync(Object position) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                return source.fetch(position);
            } finally {
                fetchNanos.addAndGet(System.nanoTime() - t0);
            }
        }, background);
    }

    private void cancelPending() {
        pending.forEach(p -> p.page().cancel(true));
        pending.clear();
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
        cancelPending();
    }
}
