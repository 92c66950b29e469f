package vn.lienthong.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: reachable on localhost only, by password only (SCRAM; the password from
 * {@link PostgresPassword}), and durable: zonky starts the server with {@code -F} (fsync off), so fsync and
 * full-page writes are switched on explicitly and checked once it runs.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    // rewritten before every start; the first line tells a cluster that needs a password from an older trusting one
    private static final String HBA = """
            # written by the gateway at each start: local connections, with the password only
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres start(Path dataDirectory, Path passwordFile) throws IOException {
        String password = PostgresPassword.read(passwordFile)
                .orElseGet(() -> firstPassword(dataDirectory, passwordFile));
        EmbeddedPostgres postgres = durable(dataDirectory)
                .setLocaleConfig("pwfile", passwordFile.toString()) // initdb sets it on a new cluster
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(EmbeddedPostgresServer::passwordOnly)
                .start();
        try {
            requireDurable(postgres);
        } catch (RuntimeException notDurable) {
            postgres.close();
            throw notDurable;
        }
        return postgres;
    }

    private static EmbeddedPostgres.Builder durable(Path dataDirectory) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "50")
                // what the gateway commits must survive a crash of the database and of the machine: the broker
                // is told "done" only after the ledger commit
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /**
     * A password for a cluster that has none yet. One made before passwords trusts local connections: set the
     * password through that trust once, then {@link #passwordOnly} ends it.
     */
    private static String firstPassword(Path dataDirectory, Path passwordFile) {
        String password = PostgresPassword.generate();
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA.lines().findFirst().orElseThrow())) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " needs the password"
                        + " kept in " + passwordFile + ", which is missing: restore that file (or remove "
                        + dataDirectory + " to start with an empty database)");
            }
            if (Files.exists(dataDirectory.resolve("postgresql.conf"))) {
                log.info("Setting a password on the embedded PostgreSQL in {} (it trusted local connections)",
                        dataDirectory);
                try (EmbeddedPostgres trusting = durable(dataDirectory).start();
                     Connection connection = trusting.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the embedded PostgreSQL's password", e);
        }
        PostgresPassword.save(passwordFile, password);
        return password;
    }

    private static void passwordOnly(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
        }
    }

    /** Refuses a server whose commits would not survive a power cut. */
    static void requireDurable(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "full_page_writes"}) {
                try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
                    value.next();
                    if (!"on".equals(value.getString(1))) {
                        throw new IllegalStateException("The embedded PostgreSQL runs with " + setting + "="
                                + value.getString(1) + ": a commit would not survive a power cut; refusing to start");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the embedded PostgreSQL's durability settings", e);
        }
    }
}
