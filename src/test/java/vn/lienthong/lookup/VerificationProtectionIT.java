package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** A national system down or flooded never holds up the dossier sync, and the population allowance holds. */
class VerificationProtectionIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(5);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    @Autowired
    private CircuitBreakers breakers;

    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void heal() {
        simulators.noFaults("population");
        http.post().uri("/api/systems/population/resume?what=delivery").retrieve().toBodilessEntity();
    }

    @Test
    void shouldAskThePopulationDatabaseNothingWhileAnOperatorPausedItAndVerifyOnResume() {
        http.post().uri("/api/systems/population/pause?what=delivery").retrieve().toBodilessEntity();
        pollsOf("population-verification", 2); // a poll that began before the pause is over
        String[] codes = codes(province.generate(60));
        String[] citizens = populationCandidates(codes);
        assertThat(citizens).isNotEmpty();

        pollsOf("population-verification", 10);
        assertThat(count("select count(*) from verification_result where source = 'population' and code = any(?::text[])",
                citizens)).as("nothing verified while paused").isZero();
        assertThat(count("select count(*) from verification_task where source = 'population' and attempts > 0"
                + " and code = any(?::text[])", citizens)).as("nothing asked while paused").isZero();
        // the dossiers themselves reach the portal meanwhile
        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_version where code = any(?::text[])"
                + " and state = 'queued'", codes) == 0);

        http.post().uri("/api/systems/population/resume?what=delivery").retrieve().toBodilessEntity();
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> count("select count(*) from"
                + " verification_result where source = 'population' and code = any(?::text[])", citizens) == citizens.length);
    }

    @Test
    void shouldKeepSyncingDossiersWhileThePopulationDatabaseIsDownAndVerifyThemAfter() {
        simulators.outage("population", 600);
        String[] codes = codes(province.generate(300));
        String[] citizens = populationCandidates(codes);

        // every valid dossier reaches the portal while the population database is still down
        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_version where code = any(?::text[])"
                + " and state = 'queued'", codes) == 0 && count("select count(distinct code) from sync_version"
                + " where code = any(?::text[])", codes) == codes.length);
        // a look-up that met the outage waits to be tried again, and keeps why as a code for the reader's language
        await().atMost(GENEROUS).until(() -> count("select count(*) from verification_task where source = 'population'"
                + " and last_error_code = 'lookup.transient' and last_error_args->>'system' = 'population'"
                + " and code = any(?::text[])", citizens) > 0);
        assertThat(breakers.isOpen("population") || count("select count(*) from verification_task"
                + " where source = 'population' and attempts > 0 and code = any(?::text[])", citizens) > 0).isTrue();
        assertThat(count("select count(*) from verification_result where source = 'population' and code = any(?::text[])",
                citizens)).as("nothing verified while down").isZero();
        assertThat(count("select count(*) from failed_sync where flow = 'verification' and code = any(?::text[])", codes))
                .as("an outage fails no look-up").isZero();

        simulators.noFaults("population");
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> count("select count(*) from"
                + " verification_result where source = 'population' and repushed_at is not null and code = any(?::text[])",
                citizens) == citizens.length);
        assertThat(count("select count(*) from verification_task where code = any(?::text[])", citizens)).isZero();
    }

    @Test
    void shouldNeverSendThePopulationDatabaseMoreThanNinetyPercentOfItsAllowanceInAnySlidingSecond() {
        SIMULATORS.http().delete().uri("/sim/population/_admin/calls").retrieve().toBodilessEntity();
        String[] codes = codes(province.generate(1000));
        String[] citizens = populationCandidates(codes);
        assertThat(citizens.length).isGreaterThan(500);
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> count("select count(*) from"
                + " verification_result where source = 'population' and code = any(?::text[])", citizens) == citizens.length);

        JsonNode calls = SIMULATORS.http().get().uri("/sim/population/_admin/calls").retrieve().body(JsonNode.class);
        List<Long> arrivals = new ArrayList<>();
        calls.path("arrivalsMicros").forEach(a -> arrivals.add(a.asLong()));
        int allowance = calls.path("allowancePerSecond").asInt();
        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(citizens.length);
        assertThat(busiestSecond(arrivals)).as("calls in the busiest sliding second").isLessThanOrEqualTo(allowance * 9 / 10);
    }

    /** The most arrivals in any window [t, t + 1 s), t at each arrival (the busiest window starts at one). */
    private static int busiestSecond(List<Long> arrivals) {
        List<Long> sorted = arrivals.stream().sorted().toList();
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            while (end < sorted.size() && sorted.get(end) < sorted.get(start) + 1_000_000) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }

    /** Codes of the dossiers that get a population look-up (as the intake decided). */
    private String[] populationCandidates(String[] codes) {
        await().atMost(GENEROUS).until(() -> count("select count(distinct code) from sync_version where code = any(?::text[])",
                codes) == codes.length);
        return jdbc.queryForList("select code from verification_task where source = 'population' and code = any(?::text[])"
                + " union select code from verification_result where source = 'population' and code = any(?::text[])",
                String.class, codes, codes).toArray(String[]::new);
    }

    private String[] codes(List<String> keys) {
        var wanted = new HashSet<>(keys);
        return province.expectations().stream().filter(e -> wanted.contains(e.key()) && e.code() != null)
                .map(Expectation::code).toArray(String[]::new);
    }

    private int count(String sql, String[] codes) {
        Integer n = jdbc.queryForObject(sql, Integer.class, (Object) codes);
        return n == null ? 0 : n;
    }
}
