package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The portal fails, transiently, on a batch that holds only look-up re-pushes (dossiers it already has, pushed again
 * for DSKetNoiCSDL): the re-push stays pending and on the broker, and reaches the portal once it is back.
 */
class RepushUnderPortalFaultsIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(4);
    /** A portal call fails for good after this many attempts (resilience4j.retry.instances.dvcqg.max-attempts). */
    private static final int QUICK_RETRIES = 3;
    private static final List<String> NATIONAL = List.of("population", "business-registry", "land", "civil-status");

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void heal() {
        simulators.noFaults("dvcqg");
        NATIONAL.forEach(system -> resume(system));
        resume("provincial");
    }

    @Test
    void shouldKeepALookUpRePushPendingThroughATransientPortalFailureAndDeliverIt() {
        // the dossiers reach the portal before any look-up is done: DSKetNoiCSDL can only come by a re-push
        NATIONAL.forEach(system -> pause(system));
        String[] codes = codes(province.generate(12));
        await().atMost(GENEROUS).until(() -> count("select count(distinct code) from sync_ledger where code = any(?::text[])",
                codes) == codes.length && count("select count(*) from sync_version where code = any(?::text[])"
                + " and state = 'queued'", codes) == 0);

        // the look-ups are done while their write-back (and so the re-push) waits
        pause("provincial");
        NATIONAL.forEach(system -> resume(system));
        await().atMost(GENEROUS).until(() -> count("select count(*) from verification_task where code = any(?::text[])",
                codes) == 0);
        String[] verified = jdbc.queryForList("select distinct code from verification_result where code = any(?::text[])",
                String.class, (Object) codes).toArray(String[]::new);
        assertThat(verified).isNotEmpty();

        simulators.faults("dvcqg", Map.of("error-rate", 1.0));
        long failedCalls = portalServerErrors();
        resume("provincial");
        await().atMost(GENEROUS).until(() -> count("select count(*) from verification_result where code = any(?::text[])"
                + " and written_back_at is null", verified) == 0 && portalServerErrors() >= failedCalls + QUICK_RETRIES);
        int repushedWhileFailing = count("select count(*) from verification_result where code = any(?::text[])"
                + " and repushed_at is not null", verified);

        simulators.noFaults("dvcqg");
        for (String code : verified) {
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(portalDatabases(code))
                    .as("DSKetNoiCSDL of %s at the portal", code).containsExactlyElementsOf(consulted(code)));
        }
        await().atMost(GENEROUS).until(() -> count("select count(*) from verification_result where code = any(?::text[])"
                + " and repushed_at is null", verified) == 0);
        for (String code : verified) {
            assertThat(portal.contentHash(code)).as("the ledger holds what the portal has for %s", code).isEqualTo(
                    jdbc.queryForObject("select payload_hash from sync_ledger where code = ?", String.class, code));
        }
        assertThat(repushedWhileFailing).as("re-pushes marked done while the portal failed them").isZero();
    }

    private List<String> consulted(String code) {
        return jdbc.queryForList("select source from verification_result where code = ?", String.class, code).stream()
                .map(s -> LookupSource.of(s).portalCode()).sorted().toList();
    }

    private List<String> portalDatabases(String code) {
        JsonNode stored = portal.stored(code);
        List<String> found = new ArrayList<>();
        if (stored != null) {
            stored.path("DSKetNoiCSDL").forEach(d -> found.add(d.path("MaCSDL").asText()));
        }
        return found;
    }

    private long portalServerErrors() {
        return SIMULATORS.http().get().uri("/sim/dvcqg/_admin/stats").retrieve().body(JsonNode.class)
                .at("/faults/server-error").asLong();
    }

    private void pause(String system) {
        http.post().uri("/api/systems/{system}/pause?what=delivery", system).retrieve().toBodilessEntity();
    }

    private void resume(String system) {
        http.post().uri("/api/systems/{system}/resume?what=delivery", system).retrieve().toBodilessEntity();
    }

    private String[] codes(List<String> keys) {
        var wanted = new HashSet<>(keys);
        return province.expectations().stream().filter(e -> wanted.contains(e.key()) && e.defect() == null)
                .map(Expectation::code).toArray(String[]::new);
    }

    private int count(String sql, String[] codes) {
        Integer n = jdbc.queryForObject(sql, Integer.class, (Object) codes);
        return n == null ? 0 : n;
    }
}
