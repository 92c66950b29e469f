package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.FreePort;
import vn.lienthong.simulator.SimulatorApplication;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The gateway killed with SIGKILL while syncing and started again on the same data folder and database:
 * nothing lost, nothing created twice, nothing delivered out of order. The test owns the PostgreSQL and
 * the simulators, so both outlive the killed process.
 */
class GatewayCrashRecoveryIT {

    private static final Duration GENEROUS = Duration.ofMinutes(5);

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext simulators;
    private static JdbcTemplate jdbc;
    private static int simulatorPort;

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("crash-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulatorPort = FreePort.find();
        simulators = new SpringApplicationBuilder(SimulatorApplication.class)
                .run("--server.port=" + simulatorPort, "--simulator.seed=77",
                        "--simulator.provincial.initial-dossiers=0", "--simulator.provincial.changes-per-second=0");
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
    void shouldLoseNothingAndKeepOrderWhenKilledWhileSyncing() throws Exception {
        ProvincialSimulator province = simulators.getBean(ProvincialSimulator.class);
        DvcqgSimulator portal = simulators.getBean(DvcqgSimulator.class);
        Path data = Files.createTempDirectory("crash-data");
        GatewayProcess gateway = new GatewayProcess(data.resolve("gateway.log"), gatewayArguments(data));
        List<String> keys = province.generate(3000);
        province.advance(1000);

        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        List<Expectation> mine;
        try {
            gateway.start();
            await().atMost(GENEROUS).until(() -> ledgerRows() > 500);
            province.advance(1000);
            gateway.kill();
            assertThat(gateway.isAlive()).isFalse();
            keys = concat(keys, province.generate(500));
            province.advance(500);

            gateway.start();
            mine = outcomes.expectationsFor(keys);
            List<Expectation> expected = mine;
            await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(expected));
        } finally {
            gateway.stop(); // never leave a gateway JVM behind, whatever failed
        }
        outcomes.assertAll(mine);
    }

    private int ledgerRows() {
        try {
            return jdbc.queryForObject("select count(*) from sync_ledger", Integer.class);
        } catch (Exception notMigratedYet) {
            return 0;
        }
    }

    private String[] gatewayArguments(Path data) {
        String sim = "http://localhost:" + simulatorPort + "/sim";
        return new String[] {
            "--spring.profiles.active=crash-test",
            "--gateway.payments.reconciliation.scheduled=false",
            "--gateway.reconciliation.schedules[0].cron=-", // no scheduled reconciliation in the middle of this test
            "--server.port=" + FreePort.find(),
            "--gateway.data-dir=" + data,
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true",
            "--spring.datasource.username=postgres",
            "--gateway.feed.poll-interval=100",
            "--gateway.delivery.wait=200ms",
            "--gateway.broker.redelivery-delay=100ms",
            "--gateway.broker.max-redelivery-delay=2s",
            "--gateway.systems.provincial.base-url=" + sim + "/provincial",
            "--gateway.systems.provincial.client-id=lienthong",
            "--gateway.systems.provincial.client-secret=lienthong-secret",
            "--gateway.systems.dvcqg.base-url=" + sim + "/dvcqg",
            "--gateway.systems.dvcqg.username=lienthong",
            "--gateway.systems.dvcqg.password=lienthong-secret",
            // the national look-ups are not what this test is about (they have their own, under lookup/)
            "--gateway.lookups.enabled=false",
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
