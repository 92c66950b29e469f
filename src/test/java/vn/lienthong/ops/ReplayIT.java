package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Replaying failed dossier syncs through the operations API: a dossier the province fixed is delivered with
 * the fixed data; one that still fails is stopped by the loop guard until released; a cancelled bulk replay
 * leaves every failure it did not reach as it was.
 */
class ReplayIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    @Autowired
    private OpsProperties ops;

    private final SimulatorControl simulators = SIMULATORS.control();
    private OpsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OpsFixtures(province, jdbc);
    }

    @AfterEach
    void resumeIntake() {
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
    }

    @Test
    void shouldDeliverTheFixedDataWhenReplayingADossierTheProvinceFixed() throws Exception {
        Expectation broken = fixtures.invalid(1).get(0);
        long failureId = awaitFailure(broken.code(), 1);
        // the feed must not bring the fix by itself: only the replay's re-read at the source may
        http.post().uri("/api/systems/provincial/pause?what=intake").retrieve().toBodilessEntity();
        simulators.fixDossier(broken.key());

        Map<?, ?> outcome = replay(failureId);

        assertThat(outcome.get("mode")).isEqualTo("reread");
        assertThat(outcome.get("outcome")).isEqualTo("queued-newer-version");
        assertThat(outcome.get("detailCode")).isEqualTo("replay.newer-queued");
        Map<?, ?> replayed = ((List<?>) http.get().uri("/api/failures/{id}", failureId).retrieve().body(Map.class)
                .get("attempts")).stream().map(Map.class::cast).filter(a -> "replay".equals(a.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(replayed.get("outcomeCode")).isEqualTo("replay.queued-newer-version");
        assertThat(replayed.get("outcome")).asString().startsWith("queued-newer-version: re-read at the source");
        await().atMost(GENEROUS).until(() -> portal.stored(broken.code()) != null);
        assertThat((JsonNode) portal.stored(broken.code())).isEqualTo(fixtures.expectedAtPortal(broken.key()));
        assertThat(portal.createCount(broken.code())).isEqualTo(1);
        await().atMost(GENEROUS).until(() -> "resolved".equals(fixtures.failure(failureId).get("status")));
        assertThat(storyKinds(broken.code())).containsSubsequence("pulled", "failed", "replayed", "pulled", "pushed",
                "delivered");
    }

    @Test
    void shouldQuarantineARecordThatFailsTheSameWayAfterTheLastAllowedReplayUntilReleased() {
        Expectation broken = fixtures.invalid(1).get(0);
        long failureId = awaitFailure(broken.code(), 1);
        int allowed = ops.loopGuardReplays();
        for (int replay = 1; replay <= allowed; replay++) {
            int before = (Integer) fixtures.failure(failureId).get("attempts");
            assertThat(fixtures.failure(failureId).get("status")).isEqualTo("open");
            assertThat(replay(failureId).get("outcome")).isEqualTo("queued");
            await().atMost(GENEROUS).until(() -> (Integer) fixtures.failure(failureId).get("attempts") > before);
        }

        assertThat(fixtures.failure(failureId).get("status")).isEqualTo("quarantined");
        Map<String, Object> bulk = Map.of("filter", Map.of("unitCode", unitCode(broken.code()), "minAttempts", allowed + 1),
                "dryRun", true);
        assertThat(sampleIds(dryRun(bulk))).doesNotContain(failureId);
        Map<?, ?> details = http.get().uri("/api/failures/{id}", failureId).retrieve().body(Map.class);
        List<?> attempts = (List<?>) details.get("attempts");
        // (a copy still in flight when a replay starts may fail once more: at least once, never lost)
        assertThat(attempts.stream().map(a -> (String) ((Map<?, ?>) a).get("kind")).toList())
                .containsSubsequence("failure", "replay", "failure", "replay", "failure", "replay", "failure")
                .filteredOn("replay"::equals).hasSize(allowed);
        assertThat(storyKinds(broken.code())).endsWith("quarantined");

        http.post().uri("/api/failures/{id}/release", failureId).retrieve().toBodilessEntity();
        assertThat(fixtures.failure(failureId)).containsEntry("status", "open").containsEntry("replays", 0);
        assertThat(sampleIds(dryRun(bulk))).contains(failureId);
    }

    @Test
    void shouldLoseNothingWhenABulkReplayIsCancelled() {
        OffsetDateTime start = OffsetDateTime.now();
        List<Expectation> broken = fixtures.invalid(12);
        List<Long> ids = broken.stream().map(e -> awaitFailure(e.code(), 1)).toList();
        Map<String, Object> filter = Map.of("from", start.toString());
        Map<?, ?> dry = dryRun(Map.of("filter", filter, "dryRun", true));
        assertThat(((Number) dry.get("count")).longValue()).isGreaterThanOrEqualTo(ids.size());

        Map<?, ?> job = http.post().uri("/api/replays").body(Map.of("filter", filter, "dryRun", false, "ratePerSecond", 1))
                .retrieve().body(Map.class);
        long jobId = ((Number) job.get("id")).longValue();
        await().atMost(GENEROUS).until(() -> ((Number) job(jobId).get("done")).intValue() >= 2);
        Map<?, ?> cancelled = http.post().uri("/api/replays/{id}/cancel", jobId).retrieve().body(Map.class);

        assertThat(cancelled.get("state")).isEqualTo("cancelled");
        int total = ((Number) cancelled.get("total")).intValue();
        int done = ((Number) cancelled.get("done")).intValue();
        assertThat(done).isLessThan(total);
        List<Map<String, Object>> items = jdbc.queryForList("""
                select i.state, f.status, f.replays, f.attempts from replay_job_item i join failed_sync f on f.id = i.failure_id
                 where i.job_id = ?""", jobId);
        assertThat(items).hasSize(total);
        // not reached: untouched and open, ready for another replay
        assertThat(items).filteredOn(i -> "cancelled".equals(i.get("state"))).hasSize(total - done)
                .allSatisfy(i -> assertThat(i).containsEntry("status", "open").containsEntry("replays", 0));
        // reached: each replayed once, and (still invalid) failed again, so kept with its reason
        await().atMost(GENEROUS).until(() -> jdbc.queryForObject("""
                select count(*) from replay_job_item i join failed_sync f on f.id = i.failure_id
                 where i.job_id = ? and i.state = 'replayed' and f.status = 'open' and f.attempts >= 2 and f.replays = 1""",
                Integer.class, jobId) == done);
        assertThat(((Number) job(jobId).get("failed")).intValue()).as("replayed and failed again").isEqualTo(done);
        assertThat(((Number) dryRun(Map.of("filter", filter, "dryRun", true)).get("count")).intValue())
                .isGreaterThanOrEqualTo(ids.size());
    }

    @Test
    void shouldFailABulkReplayWhoseSourceRefusesOurCredentialsAndSaySo() {
        OffsetDateTime start = OffsetDateTime.now();
        List<Long> ids = fixtures.invalid(3).stream().map(e -> awaitFailure(e.code(), 1)).toList();
        http.post().uri("/api/systems/provincial/pause?what=intake").retrieve().toBodilessEntity();
        Map<String, Object> filter = Map.of("from", start.toString());
        simulators.faults("provincial", Map.of("refusal", 401));
        try {
            Map<?, ?> job = http.post().uri("/api/replays").body(Map.of("filter", filter, "dryRun", false))
                    .retrieve().body(Map.class);
            long jobId = ((Number) job.get("id")).longValue();

            await().atMost(GENEROUS).until(() -> !"running".equals(job(jobId).get("state")));
            Map<?, ?> failed = job(jobId);
            assertThat(failed.get("state")).isEqualTo("failed");
            // the re-read at the province met refused credentials: a configuration failure, said with its own code
            assertThat(failed.get("reasonCode")).isEqualTo("config.credentials-refused");
            assertThat((String) failed.get("reason")).contains("ConfigurationFailure").contains("provincial");
            assertThat(failed.get("finishedAt")).isNotNull();
            assertThat(((Number) failed.get("done")).intValue()).isZero();
            assertThat(((Number) failed.get("pending")).intValue()).isEqualTo(failed.get("total"));
            assertThat(ids).allSatisfy(id -> assertThat(fixtures.failure(id)).containsEntry("status", "open")
                    .containsEntry("replays", 0));
        } finally {
            simulators.noFaults("provincial");
        }
    }

    private long awaitFailure(String code, long version) {
        await().atMost(GENEROUS).until(() -> fixtures.failureId(code, version) != null);
        return fixtures.failureId(code, version);
    }

    private Map<?, ?> replay(long failureId) {
        return http.post().uri("/api/failures/{id}/replay", failureId).retrieve().body(Map.class);
    }

    private Map<?, ?> dryRun(Map<String, Object> body) {
        return http.post().uri("/api/replays").body(body).retrieve().body(Map.class);
    }

    private Map<?, ?> job(long id) {
        return http.get().uri("/api/replays/{id}", id).retrieve().body(Map.class);
    }

    private static List<Long> sampleIds(Map<?, ?> dryRun) {
        return ((List<?>) dryRun.get("sample")).stream().map(s -> ((Number) ((Map<?, ?>) s).get("id")).longValue()).toList();
    }

    private List<String> storyKinds(String code) {
        Map<?, ?> story = http.get().uri("/api/dossiers/{code}/story", code).retrieve().body(Map.class);
        return ((List<?>) story.get("events")).stream().map(e -> (String) ((Map<?, ?>) e).get("kind")).toList();
    }

    private static String unitCode(String code) {
        return code.substring(0, code.indexOf('-'));
    }
}
