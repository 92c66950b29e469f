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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.SimulatorControl;
import vn.lienthong.Simulators;
import vn.lienthong.TestUsers;
import vn.lienthong.simulator.bulk.BulkLoad;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.paygov.PaygovDay;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.paygov.Transaction;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * A dossier reconciliation and a payment reconciliation cut short by killing the gateway (SIGKILL) go on by
 * themselves after the restart, under their own ids, and complete; nothing they repaired before the kill is
 * repaired twice (each dossier pushed to the portal once more at most, each lost payment confirmed to the
 * province once). The test owns PostgreSQL and the simulators; the gateway runs in its own JVM.
 * The dossier run goes first: the payment run's generated dossiers would reach the portal in the same unit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunsCutShortIT {

    private static final Duration GENEROUS = Duration.ofMinutes(5);
    private static final int DOSSIERS = 10_000;
    private static final String UNIT = "000.00.01.G18";

    private static EmbeddedPostgres postgres;
    private static Simulators simulators;
    private static JdbcTemplate jdbc;

    private GatewayLauncher gateway;

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("cut-short-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulators = Simulators.start("simulator.seed", "57");
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

    @AfterEach
    void stopGateway() throws Exception {
        if (gateway != null) {
            gateway.stop(); // never leave a gateway JVM behind, whatever failed
        }
        simulators.control().noFaults("dvcqg");
        simulators.control().noFaults("paygov");
    }

    @Test
    @Order(1)
    void shouldResumeADossierReconciliationCutShortAndRepairNothingTwice() throws Exception {
        StringWriter ledger = new StringWriter();
        BulkLoad.Loaded loaded = simulators.bean(BulkLoad.class).load(DOSSIERS, 1, 0.02, ledger);
        gateway = gateway(Files.createTempDirectory("cut-short-data"))
                .property("gateway.reconciliation.export-page-size", 500)
                .property("gateway.reconciliation.portal-page-size", 100)
                .property("gateway.reconciliation.ledger-page-size", 500)
                .property("gateway.reconciliation.finding-batch", 10);
        RestClient api = TestUsers.client(gateway.port(), TestUsers.OPERATOR);
        SimulatorControl control = simulators.control();
        control.faults("dvcqg", Map.of("latency", 100)); // a run of some seconds, to be cut short in the middle
        gateway.start();
        await().atMost(GENEROUS).until(() -> tableExists("sync_ledger") && tableExists("reconciliation_run"));
        seedLedger(ledger.toString());
        awaitReady(api);

        long id = ((Number) api.post().uri("/api/reconciliations").body(Map.of("unit", UNIT,
                "from", OffsetDateTime.now().minusDays(30).toString(), "to", OffsetDateTime.now().plusMinutes(1).toString(),
                "dryRun", false)).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { }).get("id"))
                .longValue();
        await().atMost(GENEROUS).until(() -> count("select count(*) from reconciliation_finding where run_id = " + id
                + " and repair = 'queued'") >= 20);
        gateway.kill();
        assertThat(status("reconciliation_run", "status", id)).as("cut short").isEqualTo("running");
        long repairedBeforeTheKill = count("select count(*) from reconciliation_finding where run_id = " + id
                + " and repair = 'queued'");
        assertThat(repairedBeforeTheKill).isLessThan(loaded.repairable());

        control.noFaults("dvcqg");
        gateway.start();
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1))
                .until(() -> !"running".equals(status("reconciliation_run", "status", id)));
        Map<String, Object> run = jdbc.queryForMap("select * from reconciliation_run where id = ?", id);
        assertThat(run.get("status")).as("%s", run.get("error")).isEqualTo("completed");
        assertThat(run.get("resumed")).isEqualTo(1);
        assertThat(run.get("compared")).isEqualTo((long) DOSSIERS + loaded.unknown());
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> count(
                "select count(*) from sync_version where state = 'delivered' and code like '" + UNIT + "-251120-%'")
                == loaded.repairable());

        DvcqgSimulator portal = simulators.bean(DvcqgSimulator.class);
        long pushes = 0;
        for (int i = 0; i < DOSSIERS; i++) {
            String code = UNIT + "-251120-" + String.format("%07d", i);
            int accepted = portal.acceptedHashes(code).size();
            assertThat(accepted).as("loaded and pushes of %s", code).isBetween(1, 2);
            assertThat(portal.createCount(code)).as("creations of %s", code).isLessThanOrEqualTo(1);
            pushes += accepted;
        }
        // each dossier at the portal as loaded (all but the missing ones), plus one push per repair: none twice
        assertThat(pushes).isEqualTo((long) DOSSIERS - loaded.missing() + loaded.repairable());
    }

    @Test
    @Order(2)
    void shouldResumeAPaymentReconciliationCutShortAndConfirmEachLostPaymentOnce() throws Exception {
        ProvincialSimulator province = simulators.bean(ProvincialSimulator.class);
        PaygovSimulator paygov = simulators.bean(PaygovSimulator.class);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(40);
        while (paygov.unpaidFees().size() < 310) {
            province.generate(500);
        }
        PaygovDay simulated = paygov.simulateDay(day, 300, false);
        List<Transaction> lost = simulated.lost();
        assertThat(lost).isNotEmpty();
        gateway = gateway(Files.createTempDirectory("cut-short-payments"))
                .property("gateway.payments.reconciliation.paygov-page-size", 10);
        RestClient api = TestUsers.client(gateway.port(), TestUsers.OPERATOR);
        simulators.control().faults("paygov", Map.of("latency", 200)); // 30 pages of some seconds, cut in the middle
        gateway.start();

        awaitReady(api);
        long id = api.post().uri("/api/payments/reconciliations?day={day}", day).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { }).get("id") instanceof Number n
                ? n.longValue() : -1;
        await().atMost(GENEROUS).until(() -> count(
                "select count(*) from payment_reconciliation_paygov_row where reconciliation_id = " + id) >= 50);
        gateway.kill();
        assertThat(status("payment_reconciliation", "state", id)).as("cut short").isEqualTo("running");

        simulators.control().noFaults("paygov");
        gateway.start();
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1))
                .until(() -> !"running".equals(status("payment_reconciliation", "state", id)));
        Map<String, Object> run = jdbc.queryForMap("select * from payment_reconciliation where id = ?", id);
        assertThat(run.get("state")).as("%s", run.get("reason")).isEqualTo("completed");
        assertThat(run.get("resumed")).isEqualTo(1);
        assertThat(run.get("paygov_rows")).isEqualTo(300);
        assertThat(run.get("confirmed")).isEqualTo(lost.size());
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> lost.stream()
                .allMatch(t -> province.confirmationsReceived(t.maThamChieu()) >= 1));
        assertThat(count("select count(*) from payment_event where relay_state <> 'relayed'")).isZero();
        for (Transaction t : lost) {
            assertThat(province.confirmationsReceived(t.maThamChieu())).as("confirmations of %s", t.maThamChieu())
                    .isEqualTo(1);
        }
    }

    private static GatewayLauncher gateway(Path data) {
        return GatewayLauncher.gateway(data, simulators).database(postgres.getJdbcUrl("postgres", "postgres"));
    }

    private static void awaitReady(RestClient api) {
        await().atMost(GENEROUS).ignoreExceptions().until(() -> api.get().uri("/actuator/health/readiness")
                .retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful());
    }

    private static String status(String table, String column, long id) {
        return jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id);
    }

    private static long count(String sql) {
        try {
            return jdbc.queryForObject(sql, Long.class);
        } catch (Exception notMigratedYet) {
            return -1;
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
