package vn.lienthong.reconcile.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A run's live counters, read by the REST API while the run goes on. */
final class RunProgress {

    private final long startedNanos = System.nanoTime();
    private final AtomicLong compared = new AtomicLong();
    private final AtomicLong repaired = new AtomicLong();
    private final Map<FindingKind, AtomicLong> byKind = new EnumMap<>(FindingKind.class);
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private volatile long expected = -1;

    RunProgress() {
        for (FindingKind kind : FindingKind.values()) {
            byKind.put(kind, new AtomicLong());
        }
    }

    void counted(FindingKind kind) {
        compared.incrementAndGet();
        byKind.get(kind).incrementAndGet();
    }

    void repaired(int n) {
        repaired.addAndGet(n);
    }

    /** The best estimate of how many dossiers the run will compare (the province's export total). */
    void expect(long total) {
        expected = total;
    }

    synchronized void timing(String part, long millis) {
        timings.put(part, millis);
    }

    long compared() {
        return compared.get();
    }

    long repaired() {
        return repaired.get();
    }

    long count(FindingKind kind) {
        return byKind.get(kind).get();
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Percent done against the export's total; never 100 before the run has ended. */
    double percent() {
        long total = expected;
        return total <= 0 ? 0 : Math.min(99.9, Math.floor(1000.0 * compared() / total) / 10);
    }

    /** Dossiers compared per second so far. */
    long rate() {
        long millis = Math.max(1, elapsedMillis());
        return compared() * 1000 / millis;
    }

    synchronized Map<String, Long> timings() {
        return new LinkedHashMap<>(timings);
    }
}
