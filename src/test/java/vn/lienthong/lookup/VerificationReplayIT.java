package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.VerificationRecorder;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Replaying a refused look-up through the operations API: the business registry rotates its key, so look-ups
 * are refused for good (401 AUTH) and kept in failed_sync; a replay while the key is still wrong fails again on
 * the same row; once the key is right again, a replay puts the look-up back as due and it ends verified.
 */
class VerificationReplayIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(4);
    private static final String STAGE = VerificationRecorder.stage(LookupSource.BUSINESS_REGISTRY);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    @AfterEach
    void restoreKey() {
        SIMULATORS.http().delete().uri("/sim/business-registry/_admin/api-key").retrieve().toBodilessEntity();
    }

    @Test
    void shouldVerifyARefusedLookUpReplayedOnceTheKeyIsRightAgain() {
        SIMULATORS.http().put().uri("/sim/business-registry/_admin/api-key").body(Map.of("apiKey", "rotated-by-the-registry"))
                .retrieve().toBodilessEntity();
        String[] codes = codes(province.generate(60));
        await().atMost(GENEROUS).until(() -> failureOf(codes) != null);
        long failureId = failureOf(codes);
        String code = jdbc.queryForObject("select code from failed_sync where id = ?", String.class, failureId);
        assertThat(failure(failureId)).containsEntry("status", "open").containsEntry("attempts", 1)
                .containsEntry("reason_class", "lookup-refused");
        assertThat((String) failure(failureId).get("reason")).contains("401");

        // still refused: the look-up runs again and fails on the same row, one more attempt
        assertThat(replay(failureId)).containsEntry("mode", "resend").containsEntry("outcome", "queued");
        await().atMost(GENEROUS).until(() -> (Integer) failure(failureId).get("attempts") == 2);
        assertThat(failure(failureId)).containsEntry("status", "open").containsEntry("replays", 1);
        assertThat(verified(code)).isZero();

        SIMULATORS.http().delete().uri("/sim/business-registry/_admin/api-key").retrieve().toBodilessEntity();
        assertThat(replay(failureId)).containsEntry("outcome", "queued");

        await().atMost(GENEROUS).until(() -> "resolved".equals(failure(failureId).get("status")));
        assertThat(verified(code)).isEqualTo(1);
        assertThat(failure(failureId)).containsEntry("attempts", 2).containsEntry("replays", 2);
        assertThat(jdbc.queryForObject("select count(*) from verification_task where code = ? and source = ?",
                Integer.class, code, LookupSource.BUSINESS_REGISTRY.system())).isZero();
        List<String> kinds = jdbc.queryForList("select kind from failed_sync_attempt where failure_id = ? order by id",
                String.class, failureId);
        assertThat(kinds).containsExactly("failure", "replay", "failure", "replay");
    }

    private Long failureOf(String[] codes) {
        List<Long> ids = jdbc.queryForList("""
                select id from failed_sync where flow = ? and stage = ? and code = any(?::text[]) order by id limit 1""",
                Long.class, VerificationRecorder.FLOW, STAGE, codes);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private Map<String, Object> failure(long id) {
        return jdbc.queryForMap("select status, attempts, replays, reason_class, reason from failed_sync where id = ?", id);
    }

    private int verified(String code) {
        Integer n = jdbc.queryForObject("select count(*) from verification_result where code = ? and source = ?",
                Integer.class, code, LookupSource.BUSINESS_REGISTRY.system());
        return n == null ? 0 : n;
    }

    private Map<String, Object> replay(long failureId) {
        return http.post().uri("/api/failures/{id}/replay", failureId).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private String[] codes(List<String> keys) {
        var wanted = new java.util.HashSet<>(keys);
        return province.expectations().stream().filter(e -> wanted.contains(e.key())).map(Expectation::code)
                .filter(java.util.Objects::nonNull).toArray(String[]::new);
    }
}
