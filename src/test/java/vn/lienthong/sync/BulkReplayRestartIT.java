package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.Simulators;
import vn.lienthong.TestUsers;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * A bulk replay of (at least) 2,000 failed dossiers, interrupted by killing the gateway (SIGKILL), finishes after the
 * restart with every failure replayed exactly once, and every dossier the province fixed meanwhile is at the
 * portal with its fixed data, created once. The test owns PostgreSQL and the simulators; the gateway runs in
 * its own JVM.
 */
class BulkReplayRestartIT {

    private static final Duration GENEROUS = Duration.ofMinutes(6);
    private static final int FAILURES = 2000;

    private static EmbeddedPostgres postgres;
    private static Simulators simulators;
    private static JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("replay-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        simulators = Simulators.start("simulator.seed", "91", "simulator.provincial.dirty-rate", "1.0");
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
    void shouldFinishAnInterruptedBulkReplayAfterARestartReplayingEachFailureOnce() throws Exception {
        ProvincialSimulator province = simulators.bean(ProvincialSimulator.class);
        DvcqgSimulator portal = simulators.bean(DvcqgSimulator.class);
        List<Expectation> broken = brokenDossiers(province);
        Path data = Files.createTempDirectory("replay-data");
        GatewayLauncher gateway = GatewayLauncher.gateway(data, simulators)
                .database(postgres.getJdbcUrl("postgres", "postgres"))
                .property("gateway.ops.replay.poll-interval", 100);
        // the only client to the gateway's API in this test: it runs in another JVM (with the test users)
        RestClient api = TestUsers.client(gateway.port(), TestUsers.OPERATOR);
        try {
            gateway.start();
            await().atMost(GENEROUS).until(() -> count("select count(*) from failed_sync where code is not null") == broken.size()
                    && count("select count(*) from sync_version where state = 'queued'") == 0);
            api.post().uri("/api/systems/provincial/pause?what=intake").retrieve().toBodilessEntity();
            awaitFeedPollStartedAfterPause();
            broken.forEach(e -> province.fix(e.key())); // the province fixes them; only a replay brings the fixes
            int failures = count("select count(*) from failed_sync where status = 'open'");
            Map<String, Object> dry = api.post().uri("/api/replays").body(Map.of("filter", Map.of(), "dryRun", true))
                    .retrieve().body(new ParameterizedTypeReference<>() {});
            assertThat(((Number) dry.get("count")).intValue()).isEqualTo(failures);

            Map<String, Object> job = api.post().uri("/api/replays")
                    .body(Map.of("filter", Map.of(), "dryRun", false, "ratePerSecond", 100))
                    .retrieve().body(new ParameterizedTypeReference<>() {});
            long jobId = ((Number) job.get("id")).longValue();
            await().atMost(GENEROUS).until(() -> jobDone(jobId) >= 300);
            gateway.kill();
            assertThat(jobDone(jobId)).isLessThan(failures);

            gateway.start();
            await().atMost(GENEROUS).until(() -> "done".equals(jdbc.queryForObject(
                    "select state from replay_job where id = ?", String.class, jobId)));
            await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> delivered(broken, province));
            assertEachFailureReplayedOnce(jobId, failures);
            assertThat(api.get().uri("/api/systems").retrieve().body(String.class))
                    .as("the intake pause survives the restart").contains("\"system\":\"provincial\"")
                    .containsPattern("\"system\":\"provincial\"[^}]*\"intakePaused\":true");
        } finally {
            gateway.stop(); // never leave a gateway JVM behind, whatever failed
        }
        for (Expectation e : broken) {
            assertThat((JsonNode) portal.stored(e.code())).as("portal copy of %s", e.code()).isEqualTo(expected(province, e));
            assertThat(portal.createCount(e.code())).as("creations of %s", e.code()).isEqualTo(1);
        }
        assertThat(count("select count(*) from failed_sync where code is not null and status <> 'resolved'")).isZero();
        assertThat(count("select count(*) from sync_version where state = 'queued'")).isZero();
    }

    private void assertEachFailureReplayedOnce(long jobId, int failures) {
        assertThat(jdbc.queryForMap("select total, done, skipped from replay_job where id = ?", jobId))
                .containsEntry("total", failures).containsEntry("done", failures).containsEntry("skipped", 0);
        assertThat(count("select count(*) from replay_job_item where job_id = " + jobId + " and state <> 'replayed'")).isZero();
        assertThat(count("select count(distinct failure_id) from failed_sync_attempt where kind = 'replay' and job_id = " + jobId))
                .isEqualTo(failures);
        assertThat(count("select count(*) from failed_sync_attempt where kind = 'replay' and job_id = " + jobId))
                .as("replays, each failure once").isEqualTo(failures);
        assertThat(count("select count(*) from failed_sync_attempt where payload is not null")).as("left unsent").isZero();
    }

    /** At least 2,000 new dossiers the gateway must reject, each with a code the province can be asked about again. */
    private static List<Expectation> brokenDossiers(ProvincialSimulator province) {
        List<Expectation> broken = new ArrayList<>();
        while (broken.size() < FAILURES) {
            Set<String> keys = new HashSet<>(province.generate(500));
            province.expectations().stream().filter(e -> keys.contains(e.key()) && !e.mustAccept() && e.code() != null)
                    .forEach(broken::add);
        }
        return broken;
    }

    /** The feed claims its lease at the start of each poll: a newer claim means the poll before the pause is over. */
    private void awaitFeedPollStartedAfterPause() {
        java.sql.Timestamp paused = jdbc.queryForObject("select lease_until from feed_cursor", java.sql.Timestamp.class);
        await().atMost(GENEROUS).until(() -> jdbc.queryForObject("select lease_until from feed_cursor",
                java.sql.Timestamp.class).after(paused));
    }

    private boolean delivered(List<Expectation> broken, ProvincialSimulator province) throws Exception {
        String[] codes = broken.stream().map(Expectation::code).toArray(String[]::new);
        Map<String, Long> ledger = new java.util.HashMap<>();
        jdbc.query("select code, delivered_version from sync_ledger where code = any(?)",
                rs -> {
                    ledger.put(rs.getString(1), rs.getLong(2));
                }, (Object) codes);
        for (Expectation e : broken) {
            if (ledger.getOrDefault(e.code(), -1L) != json.readTree(province.newest(e.key())).path("version").asLong()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode expected(ProvincialSimulator province, Expectation e) throws Exception {
        JsonNode newest = json.readTree(province.newest(e.key()));
        return json.valueToTree(new HoSoMapper("G18").toHoSo(new DossierReader().read(newest), List.of()));
    }

    private int jobDone(long jobId) {
        return jdbc.queryForObject("select done from replay_job where id = ?", Integer.class, jobId);
    }

    private int count(String sql) {
        try {
            return jdbc.queryForObject(sql, Integer.class);
        } catch (Exception notMigratedYet) {
            return -1;
        }
    }
}
