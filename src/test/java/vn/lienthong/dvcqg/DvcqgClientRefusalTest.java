package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.ExternalSystems;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.QuickRetryable;
import vn.lienthong.platform.TransientFailure;

/**
 * The portal answers its own failures with HTTP 200 and an error_code (dvcqg.md): a 4xx without one comes from in
 * front of it and no retry fixes it, so the client says it is a configuration failure at once, without retrying;
 * 408 and 429 stay transient, and a 4xx that carries an error_code is read as the envelope it is.
 */
class DvcqgClientRefusalTest {

    private final AtomicInteger serviceCalls = new AtomicInteger();
    private volatile int status;
    private volatile String contentType;
    private volatile String body;
    private HttpServer server;
    private DvcqgClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/dvcqg/login", exchange -> answer(exchange, 200, "application/json",
                "{\"error_code\":0,\"message\":\"Thành công\",\"session\":\"s1\",\"expires_in\":1800}"));
        server.createContext("/api/dvcqg/service", exchange -> {
            serviceCalls.incrementAndGet();
            answer(exchange, status, contentType, body);
        });
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort();
        ExternalSystems.Connection connection = new ExternalSystems.Connection(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(2), 4, null);
        ExternalHttp clients = new ExternalHttp(new ExternalSystems(Map.of(DvcqgClient.SYSTEM, connection)),
                RestClient.builder(), new DefaultSslBundleRegistry());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(10))
                .retryOnException(new QuickRetryable()).build());
        ObjectMapper json = new ObjectMapper();
        client = new DvcqgClient(new DvcqgSettings(base, "u", "p", "G18", List.of()), clients,
                new JsonResponses(json, Clock.systemUTC()), json, retries);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldTakeA400WithoutErrorCodeAsAConfigurationFailureWithoutRetrying() {
        portalAnswers(400, "application/json", "{\"error\":\"bad_request\",\"message\":\"unsupported body\"}");

        assertThatThrownBy(this::lookUp).isInstanceOfSatisfying(ConfigurationFailure.class, e -> {
            assertThat(e.reason().code()).isEqualTo("config.request-refused");
            assertThat(e.reason().args()).containsEntry("system", "dvcqg").containsEntry("status", 400)
                    .containsEntry("message", "unsupported body");
        });
        assertThat(serviceCalls).as("no retry fixes it").hasValue(1);
    }

    @Test
    void shouldTakeA404HtmlPageAsAConfigurationFailure() {
        portalAnswers(404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");

        assertThatThrownBy(this::lookUp).isInstanceOfSatisfying(ConfigurationFailure.class,
                e -> assertThat(e.reason().args()).containsEntry("status", 404).containsEntry("message", "no readable body"));
    }

    @Test
    void shouldTakeA403WithoutErrorCodeAsRefusedAuthentication() {
        portalAnswers(403, "application/json", "{\"message\":\"forbidden by proxy\"}");

        assertThatThrownBy(this::lookUp).isInstanceOfSatisfying(ConfigurationFailure.class,
                e -> assertThat(e.reason().code()).isEqualTo("config.authentication-refused"));
    }

    @Test
    void shouldKeep429And408Transient() {
        portalAnswers(429, "application/json", "{\"error\":\"too_many_requests\"}");
        assertThatThrownBy(this::lookUp).isInstanceOf(TransientFailure.class);

        portalAnswers(408, "text/html", "<html>timeout</html>");
        assertThatThrownBy(this::lookUp).isInstanceOf(TransientFailure.class);
    }

    @Test
    void shouldReadA4xxThatCarriesAnErrorCodeAsTheEnvelope() {
        portalAnswers(400, "application/json", "{\"error_code\":99,\"message\":\"Hệ thống đang bận\"}");

        assertThatThrownBy(this::lookUp).isInstanceOf(TransientFailure.class).hasMessageContaining("busy");
    }

    private void lookUp() {
        client.lookUp("000.00.04.G18-251120-00012");
    }

    private void portalAnswers(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
