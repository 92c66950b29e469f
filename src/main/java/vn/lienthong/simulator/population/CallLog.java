package vn.lienthong.simulator.population;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Arrival times of the calls the population service saw (microseconds on a monotonic clock), and the
 * service's own allowance: a fixed number of calls per client in any sliding 1,000 ms window.
 */
class CallLog {

    private static final long WINDOW_MICROS = 1_000_000;
    private static final int KEPT = 200_000;

    private final Deque<Long> recent = new ArrayDeque<>();
    private final List<Long> all = new ArrayList<>();
    private final long start = System.nanoTime();

    /** Records an arriving call; false when it is over the allowance of the last sliding second. */
    synchronized boolean admit(int allowance) {
        long now = (System.nanoTime() - start) / 1000;
        if (all.size() < KEPT) {
            all.add(now);
        }
        while (!recent.isEmpty() && recent.peekFirst() <= now - WINDOW_MICROS) {
            recent.pollFirst();
        }
        recent.addLast(now);
        return recent.size() <= allowance;
    }

    synchronized List<Long> arrivals() {
        return List.copyOf(all);
    }

    synchronized void clear() {
        all.clear();
        recent.clear();
    }
}
