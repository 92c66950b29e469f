package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Each system has its own pool, and a call waits for a free connection of it no longer than the system's
 * connection-request timeout: a system that holds all its connections never blocks another one's calls.
 */
class ExternalHttpTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hanging = new CountDownLatch(1);
    private HttpServer server;
    private ExternalHttp clients;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hang", exchange -> {
            hanging.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/ok", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        ExternalSystems.Connection oneConnection = new ExternalSystems.Connection(Duration.ofSeconds(2), Duration.ofSeconds(30),
                REQUEST_TIMEOUT, 1, null);
        clients = new ExternalHttp(new ExternalSystems(Map.of("slow", oneConnection, "other", oneConnection)), RestClient.builder(),
                new org.springframework.boot.ssl.DefaultSslBundleRegistry());
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void shouldWaitForAPooledConnectionNoLongerThanTheConnectionRequestTimeout() throws Exception {
        String base = "http://localhost:" + server.getAddress().getPort();
        RestClient slow = clients.forSystem("slow", base);
        CompletableFuture<?> holding = CompletableFuture.runAsync(() -> slow.get().uri("/hang").retrieve().toBodilessEntity());
        assertThat(hanging.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.get().uri("/ok").retrieve().toBodilessEntity())
                .isInstanceOf(ResourceAccessException.class).hasRootCauseInstanceOf(ConnectionRequestTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(REQUEST_TIMEOUT, Duration.ofSeconds(5));

        assertThat(clients.forSystem("other", base).get().uri("/ok").retrieve().toBodilessEntity().getStatusCode().value())
                .as("another system's own pool is free").isEqualTo(204);
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
    }
}
