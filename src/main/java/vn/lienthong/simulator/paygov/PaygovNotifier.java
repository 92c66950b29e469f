package vn.lienthong.simulator.paygov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
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

    private static final int SENDERS = 8;

    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS, r -> {
        Thread thread = new Thread(r, "paygov-notifier");
        thread.setDaemon(true);
        return thread;
    });
    // Apache HttpClient 5: TCP_NODELAY and pooled keep-alive (the JDK client's small writes meet Nagle's delay)
    private final RestClient http = RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(
            HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(SENDERS).setMaxConnPerRoute(SENDERS).build()).disableAutomaticRetries().build())).build();
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
            byte[] body = http.post().uri(settings.notifyUrl()).contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsBytes(message)).retrieve().body(byte[].class);
            JsonNode answer = body == null ? null : json.readTree(body);
            return answer != null && answer.path("MaLoi").asText().matches("0+");
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
