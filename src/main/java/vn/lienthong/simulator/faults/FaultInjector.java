package vn.lienthong.simulator.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fault state of one simulated system: its settings (replaceable at run time), a seeded random
 * source for the draws, and counters. Replacing the settings releases every call held by a pause.
 */
public class FaultInjector implements AutoCloseable {

    private static final int[] SERVER_ERRORS = {500, 502, 503, 504};

    private final String system;
    private final Random random;
    private final LongAdder calls = new LongAdder();
    private final AtomicLong sessionCalls = new AtomicLong();
    private final Map<FaultKind, LongAdder> injected = new EnumMap<>(FaultKind.class);
    private volatile FaultSettings settings;
    private volatile CountDownLatch release = new CountDownLatch(1);

    public FaultInjector(String system, FaultSettings initial, long seed) {
        this.system = system;
        this.settings = initial == null ? FaultSettings.none() : initial;
        this.random = new Random(seed ^ system.hashCode());
        for (FaultKind kind : FaultKind.values()) {
            injected.put(kind, new LongAdder());
        }
    }

    public String system() {
        return system;
    }

    public FaultSettings settings() {
        return settings;
    }

    public void update(FaultSettings replacement) {
        settings = replacement == null ? FaultSettings.none() : replacement;
        sessionCalls.set(0);
        CountDownLatch held = release;
        release = new CountDownLatch(1);
        held.countDown();
    }

    public void outageFor(Duration duration) {
        update(settings.withOutageUntil(Instant.now().plus(duration)));
    }

    /** Counts a contract call and draws the transport-level fault it gets, or null for none. */
    FaultKind drawTransportFault(FaultSettings current) {
        calls.increment();
        FaultKind kind = null;
        if (current.outageUntil() != null && Instant.now().isBefore(current.outageUntil())) {
            kind = FaultKind.OUTAGE;
        } else if (current.refusal() > 0) {
            kind = FaultKind.REFUSAL;
        } else if (hit(current.hangRate())) {
            kind = FaultKind.HANG;
        } else if (hit(current.errorRate())) {
            kind = FaultKind.SERVER_ERROR;
        } else if (hit(current.tooManyRate())) {
            kind = FaultKind.TOO_MANY_REQUESTS;
        } else if (hit(current.malformedRate())) {
            kind = FaultKind.MALFORMED;
        }
        if (kind != null) {
            record(kind);
        }
        return kind;
    }

    /** Whether this service call gets the portal's "busy" answer (counted when it does). */
    public boolean busyNow() {
        boolean busy = hit(settings.busyRate());
        if (busy) {
            record(FaultKind.BUSY);
        }
        return busy;
    }

    /** Whether this authenticated call is the N-th one that finds its session or token expired. */
    public boolean sessionExpiresNow() {
        int every = settings.sessionExpiryEvery();
        boolean expires = every > 0 && sessionCalls.incrementAndGet() % every == 0;
        if (expires) {
            record(FaultKind.SESSION_EXPIRY);
        }
        return expires;
    }

    int serverErrorStatus() {
        return SERVER_ERRORS[random.nextInt(SERVER_ERRORS.length)];
    }

    boolean coinFlip() {
        return random.nextBoolean();
    }

    void record(FaultKind kind) {
        injected.get(kind).increment();
    }

    /** Holds the calling thread for the given time, or until the settings change or the system stops. */
    void pause(long millis) throws InterruptedException {
        release.await(millis, TimeUnit.MILLISECONDS);
    }

    public Map<String, Object> stats() {
        Map<FaultKind, Long> faults = new EnumMap<>(FaultKind.class);
        injected.forEach((kind, count) -> faults.put(kind, count.sum()));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("system", system);
        stats.put("calls", calls.sum());
        stats.put("faults", faults);
        return stats;
    }

    private boolean hit(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    @Override
    public void close() {
        release.countDown();
    }
}
