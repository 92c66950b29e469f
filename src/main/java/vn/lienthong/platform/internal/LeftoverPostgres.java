package vn.lienthong.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gateway killed outright (SIGKILL, power loss of the JVM only) leaves its embedded PostgreSQL running,
 * holding the data folder. Before starting again, stop that server cleanly so the new one can take over.
 * Called only while this process holds the data folder ({@link DataFolder}): a running gateway keeps its lock,
 * so a server found then was left by a gateway that is gone.
 */
public final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

    private LeftoverPostgres() {
    }

    public static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle postgres = server.get();
        log.warn("PostgreSQL (pid {}) left running by an earlier gateway process holds {}; stopping it",
                postgres.pid(), dataDirectory);
        postgres.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone already
        try {
            postgres.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            postgres.destroyForcibly();
            postgres.onExit().join();
        }
    }
}
