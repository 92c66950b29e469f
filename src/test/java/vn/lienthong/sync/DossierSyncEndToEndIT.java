package vn.lienthong.sync;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The acceptance run: 5,000 generated dossiers with the dirty-data mix, new versions arriving
 * while they sync, a portal failing 20% of calls transiently in every way the contract lists (5xx, "busy"
 * in a 200, malformed bodies) and expiring sessions mid-batch, a provincial system expiring tokens, and a
 * portal outage of several seconds.
 */
// runs in its own JVM with the look-ups off (pom: failsafe execution sync-spine-acceptance); they have their own ITs
class DossierSyncEndToEndIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(6);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);

    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void healSystems() {
        simulators.noFaults("dvcqg");
        simulators.noFaults("provincial");
    }

    @Test
    void shouldLeaveEveryValidDossierInItsNewestStateAtThePortalDespiteFailuresAndAnOutage() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.faults("dvcqg", Map.of("error-rate", 0.1, "busy-rate", 0.05, "malformed-rate", 0.05,
                "session-expiry-every", 25));
        simulators.faults("provincial", Map.of("error-rate", 0.05, "session-expiry-every", 20));
        List<String> keys = province.generate(5000);
        province.advance(1500);
        await().atMost(GENEROUS).until(() -> jdbc.queryForObject("select count(*) from sync_ledger", Integer.class) > 1000);
        simulators.outage("dvcqg", 5);
        province.advance(1500);

        List<Expectation> mine = outcomes.expectationsFor(keys);
        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));

        outcomes.assertAll(mine);
    }
}
