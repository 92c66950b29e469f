package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Dossiers whose DongBoHoSoMC answers are lost after the portal applied the call, as behind a proxy that times out
 * (HTTP 504): the sender cannot tell whether the portal took it. An answer may be held first, so a test can act
 * while the call is in flight; stopping the fault releases every held answer.
 */
@Component
public class LostAnswers {

    private final Map<String, Duration> dossiers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lost = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    /** From now on every call carrying this dossier is applied, then held this long, then answered 504. */
    public void lose(String maHoSo, Duration hold) {
        dossiers.put(maHoSo, hold);
        releaseHeld();
    }

    /** Calls carrying this dossier are answered again; answers held for it are released (still as 504). */
    public void answer(String maHoSo) {
        dossiers.remove(maHoSo);
        releaseHeld();
    }

    /** How many answers of calls carrying this dossier were lost. */
    public int lostFor(String maHoSo) {
        AtomicInteger count = lost.get(maHoSo);
        return count == null ? 0 : count.get();
    }

    /** True (after holding the answer) when the answer of this applied call is to be lost. */
    boolean loseAnswerOf(JsonNode data) throws InterruptedException {
        Duration hold = null;
        for (JsonNode hoSo : data) {
            String maHoSo = hoSo.path("MaHoSo").asText("");
            Duration forThis = dossiers.get(maHoSo);
            if (forThis != null) {
                lost.computeIfAbsent(maHoSo, k -> new AtomicInteger()).incrementAndGet();
                hold = hold == null || forThis.compareTo(hold) > 0 ? forThis : hold;
            }
        }
        if (hold != null && !hold.isZero()) {
            release.await(hold.toMillis(), TimeUnit.MILLISECONDS);
        }
        return hold != null;
    }

    private void releaseHeld() {
        CountDownLatch held = release;
        release = new CountDownLatch(1);
        held.countDown();
    }
}
