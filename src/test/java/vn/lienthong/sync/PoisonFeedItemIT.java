package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Feed items whose code PostgreSQL cannot store (a NUL, a lone surrogate, a code longer than an index entry holds)
 * must not stop the feed: each is kept in failed_sync with its reason, and the items around it, in the same page and
 * in later pages, are delivered.
 */
class PoisonFeedItemIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);

    @AfterEach
    void resumeIntake() {
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
    }

    @Test
    void shouldKeepAPoisonDossierCodeInFailedSyncWithItsReasonWhileTheFeedMovesOn() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        String marker = "POISON-" + UUID.randomUUID();
        // one page: the intake waits while the poison and the good items around it go on the feed
        http.post().uri("/api/systems/provincial/pause?what=intake").retrieve().toBodilessEntity();
        pollsOf("provincial-feed", 2);
        List<String> keys = new ArrayList<>(province.generate(3));
        province.publishRaw(poison("000.00.04.G18-251120-\\u0000" + marker, marker));
        province.publishRaw(poison("000.00.04.G18-251120-\\ud800" + marker, marker));
        province.publishRaw(poison("000.00.04.G18-" + incompressible(8000) + marker, marker));
        keys.addAll(province.generate(3));
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();

        await().atMost(GENEROUS).until(() -> poisonKept(marker).size() == 3);
        keys.addAll(province.generate(3)); // a later page
        List<Expectation> good = outcomes.expectationsFor(keys);
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(good));

        outcomes.assertAll(good);
        assertThat(good).hasSize(9).anyMatch(Expectation::mustAccept);
        List<Map<String, Object>> kept = poisonKept(marker);
        assertThat(kept).extracting(row -> row.get("reason_code")).containsExactlyInAnyOrder(
                "dossier.code-nul", "dossier.code-lone-surrogate", "dossier.code-too-long");
        assertThat(kept).allSatisfy(row -> {
            assertThat(row.get("stage")).isEqualTo("validate");
            assertThat((String) row.get("reason")).startsWith("code: ");
            assertThat((String) row.get("record")).as("the record as received, escaped").contains(marker);
        });
        assertThat(kept).extracting(row -> (String) row.get("code")).anyMatch(code -> code.contains("\\u0000" + marker))
                .anyMatch(code -> code.contains("\\ud800" + marker)).anyMatch(code -> code.contains("…[cut: "));
    }

    private List<Map<String, Object>> poisonKept(String marker) {
        return jdbc.queryForList("select stage, reason_code, reason, code, record from failed_sync where record like ?",
                "%" + marker + "%");
    }

    /** A feed item as the province's vendor could send it, its code written as given (JSON escapes included). */
    private static String poison(String code, String marker) {
        return """
                {"code":"%s","version":1,"updatedAt":"2026-11-20T09:41:12.345+07:00","status":"received",
                 "procedure":{"code":"1.005129","name":"Đăng ký khai sinh"},"summary":"%s"}""".formatted(code, marker);
    }

    /** Characters PostgreSQL's compression cannot shrink under an index entry's limit. */
    private static String incompressible(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
