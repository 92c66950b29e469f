package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.Simulators;
import vn.lienthong.simulator.bulk.BulkLoad;

/**
 * The benchmark's run at a size the suite affords: 100,000 dossiers bulk-loaded into the simulators, the
 * ledger seeded to match, 0.1 % drift; the gateway in its own JVM with a 128 MB heap and small pages starts
 * the run on its schedule, completes it, finds exactly the drift and repairs it.
 */
class BoundedMemoryReconciliationIT {

    private static final int DOSSIERS = 100_000;

    private static EmbeddedPostgres postgres;
    private static Simulators simulators;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("reconcile-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulators = Simulators.start();
    }

    @AfterAll
    static void stopDatabaseAndSimulators() throws Exception {
        if (simulators != null) {
            simulators.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void shouldReconcileAHundredThousandDossiersInASmallFixedHeap() throws Exception {
        StringWriter ledger = new StringWriter();
        BulkLoad.Loaded loaded = simulators.bean(BulkLoad.class).load(DOSSIERS, 5, 0.001, ledger);
        Path data = Files.createTempDirectory("reconcile-data");
        GatewayLauncher gateway = GatewayLauncher.gateway(data, simulators).heap("-Xmx128m")
                .database(postgres.getJdbcUrl("postgres", "postgres"))
                .property("gateway.reconciliation.export-page-size", 1000)
                .property("gateway.reconciliation.portal-page-size", 500)
                .property("gateway.reconciliation.ledger-page-size", 1000)
                // the first run starts within seconds of the ledger being seeded, over the last 30 days
                .property("gateway.reconciliation.schedules[0].name", "test")
                .property("gateway.reconciliation.schedules[0].cron", "*/2 * * * * *")
                .property("gateway.reconciliation.schedules[0].days", 30);
        try {
            gateway.start();
            await().atMost(Duration.ofMinutes(3)).until(() -> tableExists("sync_ledger") && tableExists("reconciliation_run"));
            seedLedger(ledger.toString());
            // runs before the ledger was seeded know no unit and compare nothing
            String seeded = "from reconciliation_run where cardinality(units) > 0";
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> !jdbc.queryForList(
                    "select id " + seeded + " and status <> 'running'").isEmpty());
            Map<String, Object> run = jdbc.queryForMap("select * " + seeded + " order by id limit 1");
            assertThat(run.get("status")).as("%s; see %s", run.get("error"), data).isEqualTo("completed");
            assertThat(run.get("compared")).isEqualTo((long) DOSSIERS + loaded.unknown());
            assertThat(run.get("behind")).isEqualTo((long) loaded.behind());
            assertThat(run.get("missing")).isEqualTo((long) loaded.missing());
            assertThat(run.get("differs")).isEqualTo((long) loaded.changed() + loaded.older());
            assertThat(run.get("unknown")).isEqualTo((long) loaded.unknown());
            assertThat(run.get("repaired")).isEqualTo((long) loaded.repairable());
            await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.queryForObject(
                    "select count(*) from sync_version where state = 'delivered'", Long.class) == loaded.repairable());
            assertThat(gateway.isAlive()).isTrue();
        } finally {
            gateway.stop();
        }
    }

    private static boolean tableExists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table));
    }

    /** The ledger rows the gateway would hold had it delivered them, seeded in one COPY. */
    private static void seedLedger(String csv) throws Exception {
        try (Connection con = postgres.getPostgresDatabase().getConnection()) {
            con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy sync_ledger (" + BulkLoad.LEDGER_COLUMNS
                    + ") from stdin with (format csv)", new StringReader(csv));
        }
    }
}
