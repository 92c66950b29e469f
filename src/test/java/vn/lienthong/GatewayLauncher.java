package vn.lienthong;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gateway in its own JVM on the test's classpath, so a test can kill it (SIGKILL) and start it again. It runs
 * with the test profile (test users, fast polling and back-off, no schedules, the simulators' credentials) against
 * the given simulators, without the national look-ups; a test sets only what differs (heap, port, a few properties).
 * {@link #productJar} starts the packaged jar instead, as an installation would: no profile, no test users.
 */
public final class GatewayLauncher {

    /** What {@code mvn package} builds (failsafe's integration tests run after it). */
    public static final Path JAR = Path.of("target", "lienthong-gateway.jar");

    private final Path log;
    private final List<String> program;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String heap = "-Xmx384m";
    private Process process;

    private GatewayLauncher(Path data, List<String> program) {
        this.log = data.resolve("gateway.log");
        this.program = program;
        property("server.port", FreePort.find());
        property("gateway.data-dir", data);
    }

    /** A gateway keeping its broker journal and log in {@code data}, talking to {@code simulators}. */
    public static GatewayLauncher gateway(Path data, Simulators simulators) {
        return new GatewayLauncher(data, List.of("-cp", System.getProperty("java.class.path"),
                LienThongApplication.class.getName()))
                .property("spring.profiles.active", "test")
                // the test profile's file again as an additional location: config/ outranks a profile file on the
                // classpath, and a process that is killed and restarted wants the fast polling and back-off it sets
                .property(Simulators.GATEWAY_CONFIG.split("=")[0],
                        Simulators.GATEWAY_CONFIG.split("=")[1] + ",classpath:application-test.yaml")
                .property("simulators.base-url", simulators.baseUrl())
                // the national look-ups have their own tests (lookup/); here they would only add load
                .property("gateway.lookups.enabled", false);
    }

    /** The packaged jar with nothing but a port and a data folder: the gateway as it ships. */
    public static GatewayLauncher productJar(Path data) {
        return new GatewayLauncher(data, List.of("-jar", JAR.toString()));
    }

    /** The test's PostgreSQL (e.g. zonky's {@code getJdbcUrl("postgres", "postgres")}) instead of an embedded one. */
    public GatewayLauncher database(String jdbcUrl) {
        return property("spring.datasource.url", jdbcUrl + "&reWriteBatchedInserts=true")
                .property("spring.datasource.username", "postgres");
    }

    /** e.g. {@code -Xmx128m}. */
    public GatewayLauncher heap(String maxHeap) {
        this.heap = maxHeap;
        return this;
    }

    /** A Spring property; set again, the later value wins. */
    public GatewayLauncher property(String name, Object value) {
        properties.put(name, String.valueOf(value));
        return this;
    }

    public int port() {
        return Integer.parseInt(properties.get("server.port"));
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"));
        command.addAll(program);
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command);
        // only what the test gives: not this machine's installation secrets (config/application.yaml imports them)
        builder.environment().put("GATEWAY_SECURITY_FILE", log.resolveSibling("no-security.yaml").toString());
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** SIGKILL: no shutdown hook, no graceful close of the broker or the database connection. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }
}
