package vn.lienthong.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.TestUsers;

/** The gateway as a separate JVM on the test's classpath, so a test can kill it (SIGKILL) and start it again. */
public final class GatewayProcess {

    private final List<String> arguments;
    private final Path log;
    private Process process;

    public GatewayProcess(Path log, String... properties) {
        this.log = log;
        this.arguments = List.of(properties);
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"),
                "vn.lienthong.LienThongApplication"));
        command.addAll(TestUsers.gatewayArguments()); // the same users as the test profile, whatever profiles run
        command.addAll(arguments);
        process = new ProcessBuilder(command)
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
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }
}
