package vn.lienthong.reconcile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The gateway as a separate JVM with a heap of the test's choosing, on the test's classpath. */
final class GatewayJvm {

    private final Path log;
    private final String heap;
    private final List<String> arguments;
    private Process process;

    GatewayJvm(Path log, String heap, String... arguments) {
        this.log = log;
        this.heap = heap;
        this.arguments = List.of(arguments);
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"),
                "vn.lienthong.LienThongApplication"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
