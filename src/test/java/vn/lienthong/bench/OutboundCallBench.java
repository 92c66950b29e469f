package vn.lienthong.bench;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.ExternalSystems;

/**
 * CPU of the calling thread per outbound call through a system's RestClient (Boot's builders, Apache HttpClient
 * pool), with the {@code http.client.requests} observation and without it, against a loopback server that
 * answers a small JSON body. Run with -Dsun.net.httpserver.nodelay=true.
 *
 * <p>Usage: OutboundCallBench [calls=20000]
 */
public final class OutboundCallBench {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        byte[] body = "{\"error_code\":0,\"data\":[]}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ExternalSystems systems = new ExternalSystems(Map.of("dvcqg",
                new ExternalSystems.Connection(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(5), 16, null)));
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ObservationRegistry observed = ObservationRegistry.create();
        observed.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        try {
            for (int round = 0; round < 2; round++) { // the first round warms up
                measure("no-observation", new ExternalHttp(systems, RestClient.builder()
                        .observationRegistry(ObservationRegistry.NOOP), new DefaultSslBundleRegistry()).forSystem("dvcqg", base), calls, round);
                measure("observed", new ExternalHttp(systems, RestClient.builder()
                        .observationRegistry(observed), new DefaultSslBundleRegistry()).forSystem("dvcqg", base), calls, round);
            }
        } finally {
            server.stop(0);
        }
    }

    private static void measure(String name, RestClient client, int calls, int round) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            client.post().uri("/api/dvcqg/service").body("{\"service\":\"TraCuuHoSo\"}").retrieve().body(String.class);
        }
        long wall = System.nanoTime() - start;
        long used = threads.getCurrentThreadCpuTime() - cpu;
        if (round > 0) {
            System.out.printf(Locale.ROOT, "outbound-call %s: %d calls, caller CPU %.1f us/call, wall %.1f us/call%n",
                    name, calls, used / 1e3 / calls, wall / 1e3 / calls);
        }
    }
}
