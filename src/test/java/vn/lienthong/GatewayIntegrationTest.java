package vn.lienthong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole gateway in one context: embedded PostgreSQL and Artemis in a fresh data folder, on a free port. The
 * simulators run beside it as their own application (own context, own free port), started once per test JVM; the
 * two talk over real HTTP. Subclasses share the context (and its state): each test works on dossiers it generated
 * itself. {@code http} carries an operator's credentials.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = Simulators.GATEWAY_CONFIG)
@ActiveProfiles("test")
public abstract class GatewayIntegrationTest {

    protected static final int PORT = FreePort.find();
    private static final Path DATA = dataFolder();
    /** The simulators, for every gateway context of this JVM; PayGov notifies this gateway. */
    protected static final Simulators SIMULATORS =
            Simulators.start("simulator.paygov.notify-url", "http://localhost:" + PORT + "/paygov/notify");

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CamelContext camel;

    /** Logged in as an operator (may read and act, not administer); see {@link TestUsers} for the others. */
    protected final RestClient http = TestUsers.client(PORT, TestUsers.OPERATOR);

    protected static RestClient as(String user) {
        return TestUsers.client(PORT, user);
    }

    /** A simulated system, e.g. {@code simulator(ProvincialSimulator.class)}, to generate data or read what it got. */
    protected static <T> T simulator(Class<T> type) {
        return SIMULATORS.bean(type);
    }

    /** Waits for that many polls of a scheduled route to finish (e.g. to show a paused route does nothing). */
    protected void pollsOf(String route, int polls) {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(route).whenDone(polls).create();
        assertThat(done.matches(1, TimeUnit.MINUTES)).as("%d polls of %s", polls, route).isTrue();
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("gateway.data-dir", DATA::toString);
        registry.add("simulators.base-url", SIMULATORS::baseUrl);
    }

    private static Path dataFolder() {
        try {
            return Files.createTempDirectory("lienthong-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
