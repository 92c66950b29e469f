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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.Simulators;
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
    private static Simulators simulators;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("crash-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulators = Simulators.start("simulator.seed", "77");
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
        ProvincialSimulator province = simulators.bean(ProvincialSimulator.class);
        DvcqgSimulator portal = simulators.bean(DvcqgSimulator.class);
        Path data = Files.createTempDirectory("crash-data");
        GatewayLauncher gateway = GatewayLauncher.gateway(data, simulators)
                .database(postgres.getJdbcUrl("postgres", "postgres"));
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

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
