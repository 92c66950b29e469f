package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class LeftoverPostgresTest {

    @Test
    void shouldStopAServerLeftRunningSoTheDataFolderCanBeReused() throws Exception {
        Path dir = Files.createTempDirectory("leftover-pg");
        killJvmHoldingPostgres(dir);
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("left running").isTrue();

        LeftoverPostgres.stopIfRunning(dir);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            Integer one = new JdbcTemplate(again.getPostgresDatabase()).queryForObject("select 1", Integer.class);
            assertThat(one).isEqualTo(1);
        }
    }

    /** A JVM that started PostgreSQL in the folder, killed with SIGKILL: its server stays up. */
    private static void killJvmHoldingPostgres(Path dir) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonedPostgres.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // startup output
            }
        }
        jvm.destroyForcibly();
        jvm.waitFor();
    }

    @Test
    void shouldLeaveAFolderWithoutServerAlone() throws Exception {
        Path dir = Files.createTempDirectory("no-pg");

        LeftoverPostgres.stopIfRunning(dir);

        assertThat(Files.list(dir)).isEmpty();
    }
}
