package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.internal.StoryRetention;

/** A dossier's story: what the gateway did with it, version by version, in order. */
class DossierStoryIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    @Autowired
    private DossierEvents events;
    @Autowired
    private StoryRetention retention;

    @Test
    void shouldTellEachVersionFromPullToDelivery() {
        Expectation dossier = new OpsFixtures(province, jdbc).valid(1).get(0);
        await().atMost(GENEROUS).until(() -> kinds(dossier.code()).contains("delivered") && lookUpsSettled(dossier.code()));
        province.fix(dossier.key()); // a new version of the same dossier
        await().atMost(GENEROUS).until(() -> lines(dossier.code()).contains("delivered v2") && lookUpsSettled(dossier.code()));

        // the national look-ups add "verified" lines and a re-check of the delivered version; the spine's order holds
        List<Map<?, ?>> story = events(dossier.code()).stream().filter(e -> !"verified".equals(e.get("kind"))).toList();
        List<String> lines = story.stream().map(e -> e.get("kind") + " v" + e.get("version")).toList();
        assertThat(lines).containsSubsequence("pulled v1", "pushed v1", "delivered v1", "pulled v2", "pushed v2", "delivered v2");
        assertThat(lines.indexOf("pulled v2")).isGreaterThan(lines.lastIndexOf("delivered v1"));
        assertThat((String) story.get(lines.indexOf("pushed v1")).get("detail")).startsWith("DVCQG created");
        assertThat((String) story.get(lines.indexOf("pushed v2")).get("detail")).startsWith("DVCQG updated");
    }

    /** No look-up waiting for the dossier, and every result written back and re-pushed. */
    private boolean lookUpsSettled(String code) {
        return jdbc.queryForObject("""
                select (select count(*) from verification_task where code = ?)
                     + (select count(*) from verification_result where code = ? and repushed_at is null)""",
                Integer.class, code, code) == 0;
    }

    private List<String> lines(String code) {
        return events(code).stream().map(e -> e.get("kind") + " v" + e.get("version")).toList();
    }

    @Test
    void shouldTellWhyARecordWasRejected() {
        Expectation broken = new OpsFixtures(province, jdbc).invalid(1).get(0);
        await().atMost(GENEROUS).until(() -> kinds(broken.code()).contains("failed"));

        Map<?, ?> failed = events(broken.code()).stream().filter(e -> "failed".equals(e.get("kind"))).findFirst().orElseThrow();
        assertThat(kinds(broken.code())).startsWith("pulled", "failed");
        assertThat((String) failed.get("detail")).startsWith("validate invalid-record: ").doesNotContainPattern("\\d{12}");
    }

    @Test
    void shouldAnswerAnEmptyStoryForAnUnknownDossier() {
        assertThat(events("000.00.00.G18-000000-00000")).isEmpty();
    }

    @Test
    void shouldForgetEventsOlderThanTheRetention() {
        events.record(List.of(DossierEvent.of("RETENTION-OLD", 1L, DossierEvent.Kind.PULLED, null),
                DossierEvent.of("RETENTION-NEW", 1L, DossierEvent.Kind.PULLED, null)));
        jdbc.update("update dossier_event set at = now() - interval '91 days' where code = 'RETENTION-OLD'");

        while (retention.purgeSlice()) {
            // a full slice went: there may be more
        }

        assertThat(events("RETENTION-OLD")).isEmpty();
        assertThat(kinds("RETENTION-NEW")).containsExactly("pulled");
    }

    private List<String> kinds(String code) {
        return events(code).stream().map(e -> (String) e.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> events(String code) {
        return (List<Map<?, ?>>) http.get().uri("/api/dossiers/{code}/story", code).retrieve().body(Map.class).get("events");
    }
}
