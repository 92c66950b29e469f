package vn.lienthong.monitoring;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Prometheus's own checker (Debian package prometheus), so the files are judged by what loads them. */
final class Promtool {

    record Result(int exitCode, String output) {
    }

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    /** promtool from PATH; without it the test fails, or is skipped where monitoring.promtool.optional=true. */
    static Promtool required() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "promtool"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isPresent()) {
            return new Promtool(found.get());
        }
        String message = "promtool is not on PATH: install Debian's prometheus package (apt-get install prometheus)";
        // the environment variable also reaches test JVMs that are not given -D (an IDE, a forked runner)
        String optional = System.getProperty("monitoring.promtool.optional",
                System.getenv("MONITORING_PROMTOOL_OPTIONAL"));
        Assumptions.assumeFalse(Boolean.parseBoolean(optional), message + "; skipped (monitoring.promtool.optional)");
        return fail(message + ", or set MONITORING_PROMTOOL_OPTIONAL=true to skip these checks");
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("promtool", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("promtool did not finish in 2 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
