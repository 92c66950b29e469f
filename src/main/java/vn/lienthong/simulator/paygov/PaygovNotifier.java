package vn.lienthong.simulator.paygov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends notifications to the gateway as PayGov does: a message not answered 00 is sent again after the
 * resend delay, up to the configured number of resends. Counts every message sent per transaction.
 */
final class PaygovNotifier implements AutoCloseable {

    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(4, r -> {
        Thread thread = new Thread(r, "paygov-notifier");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
    private final LongAdder answered00 = new LongAdder();
    private final ObjectMapper json;
    private final PaygovSimulatorProperties settings;

    PaygovNotifier(ObjectMapper json, PaygovSimulatorProperties settings) {
        this.json = json;
        this.settings = settings;
    }

    void send(Map<String, Object> message) {
        senders.execute(() -> attempt(message, 0));
    }

    int sent(String maGiaoDich, String trangThai) {
        AtomicInteger count = sent.get(maGiaoDich + ":" + trangThai);
        return count == null ? 0 : count.get();
    }

    long answered00() {
        return answered00.sum();
    }

    private void attempt(Map<String, Object> message, int resends) {
        sent.computeIfAbsent(message.get("MaGiaoDich") + ":" + message.get("TrangThai"), k -> new AtomicInteger()).incrementAndGet();
        if (stored(message)) {
            answered00.increment();
        } else if (resends < settings.maxResends()) {
            senders.schedule(() -> attempt(message, resends + 1), settings.resendDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private boolean stored(Map<String, Object> message) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(settings.notifyUrl()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(message))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode answer = json.readTree(response.body());
            return response.statusCode() == 200 && answer != null && answer.path("MaLoi").asText().matches("0+");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    void clear() {
        sent.clear();
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
