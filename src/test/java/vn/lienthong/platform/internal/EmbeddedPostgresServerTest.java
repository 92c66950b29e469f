package vn.lienthong.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class EmbeddedPostgresServerTest {

    private static Path folder;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("embedded-pg");
        postgres = EmbeddedPostgresServer.start(folder.resolve("postgres"), folder.resolve("postgres.password"));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void shouldRefuseAConnectionWithoutThePassword() {
        String url = postgres.getJdbcUrl("postgres", "postgres");

        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void shouldAcceptAConnectionWithThePasswordKeptInTheDataFolder() throws Exception {
        assertThat(query(postgres, password(folder), "select 1")).isEqualTo("1");
    }

    @Test
    void shouldKeepThePasswordReadableByItsOwnerOnly() throws Exception {
        assertThat(Files.getPosixFilePermissions(folder.resolve("postgres.password")))
                .isEqualTo(PostgresPassword.OWNER_ONLY);
    }

    @Test
    void shouldRunWithFsyncAndFullPageWritesOn() throws Exception {
        assertThat(query(postgres, password(folder), "show fsync")).isEqualTo("on");
        assertThat(query(postgres, password(folder), "show full_page_writes")).isEqualTo("on");
    }

    @Test
    void shouldReuseThePasswordAfterARestart() throws Exception {
        Path other = Files.createTempDirectory("embedded-pg-restart");
        EmbeddedPostgresServer.start(other.resolve("postgres"), other.resolve("postgres.password")).close();
        String first = password(other);

        try (EmbeddedPostgres again = EmbeddedPostgresServer.start(other.resolve("postgres"),
                other.resolve("postgres.password"))) {
            assertThat(password(other)).isEqualTo(first);
            assertThat(query(again, first, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void shouldGiveAPasswordToAClusterThatTrustedLocalConnections() throws Exception {
        Path older = Files.createTempDirectory("embedded-pg-trust");
        EmbeddedPostgres.builder().setDataDirectory(older.resolve("postgres")).setCleanDataDirectory(false).start()
                .close();

        try (EmbeddedPostgres now = EmbeddedPostgresServer.start(older.resolve("postgres"),
                older.resolve("postgres.password"))) {
            assertThatThrownBy(() -> DriverManager.getConnection(now.getJdbcUrl("postgres", "postgres")).close())
                    .isInstanceOf(SQLException.class);
            assertThat(query(now, password(older), "select 1")).isEqualTo("1");
        }
    }

    private static String password(Path dataFolder) throws Exception {
        return Files.readString(dataFolder.resolve("postgres.password")).strip();
    }

    private static String query(EmbeddedPostgres server, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"),
                "postgres", password)) {
            return new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForObject(sql, String.class);
        }
    }
}
