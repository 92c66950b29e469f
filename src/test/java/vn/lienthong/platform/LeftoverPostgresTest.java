package vn.lienthong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.platform.internal.DataFolder;
import vn.lienthong.platform.internal.LeftoverPostgres;

class LeftoverPostgresTest {

    @Test
    void shouldStopAServerLeftRunningSoTheDataFolderCanBeReused() throws Exception {
        Path folder = Files.createTempDirectory("leftover-pg");
        Path dir = folder.resolve("postgres");
        startGatewayLike(folder).destroyForcibly().waitFor();
        long pid = postgresPid(dir);
        assertThat(alive(pid)).as("left running").isTrue();

        new DataFolder(folder);
        LeftoverPostgres.stopIfRunning(dir);

        assertThat(alive(pid)).isFalse();
        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            Integer one = new JdbcTemplate(again.getPostgresDatabase()).queryForObject("select 1", Integer.class);
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseTheDataFolderOfARunningGatewayAndLeaveItsServerAlone() throws Exception {
        Path folder = Files.createTempDirectory("busy-pg");
        Process gateway = startGatewayLike(folder);
        long pid = postgresPid(folder.resolve("postgres"));
        try {
            assertThatThrownBy(() -> new DataFolder(folder)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another gateway process uses the data folder " + folder.toRealPath());

            assertThat(alive(pid)).as("the running gateway's server").isTrue();
            assertThat(gateway.isAlive()).isTrue();
        } finally {
            gateway.destroyForcibly().waitFor();
            new DataFolder(folder); // free now: its server is a leftover
            LeftoverPostgres.stopIfRunning(folder.resolve("postgres"));
        }
        assertThat(alive(pid)).isFalse();
    }

    /** A JVM that takes the data folder and starts PostgreSQL in it, as a gateway does; it runs until killed. */
    private static Process startGatewayLike(Path folder) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonedPostgres.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.contains("READY")) {
            // startup output
        }
        assertThat(line).as("the child JVM started its server").isNotNull();
        return jvm;
    }

    private static long postgresPid(Path dir) throws Exception {
        return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void shouldLeaveAFolderWithoutServerAlone() throws Exception {
        Path dir = Files.createTempDirectory("no-pg");

        LeftoverPostgres.stopIfRunning(dir);

        assertThat(Files.list(dir)).isEmpty();
    }
}
