package vn.lienthong.sync;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The acceptance run: 5,000 generated dossiers with the dirty-data mix, new versions arriving
 * while they sync, a portal failing 20% of calls transiently and going down for several seconds.
 */
class DossierSyncEndToEndIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(6);

    @Autowired
    private ProvincialSimulator province;
    @Autowired
    private DvcqgSimulator portal;

    private final SimulatorControl simulators = new SimulatorControl(http);

    @AfterEach
    void healPortal() {
        simulators.noFaults("dvcqg");
    }

    @Test
    void shouldLeaveEveryValidDossierInItsNewestStateAtThePortalDespiteFailuresAndAnOutage() {
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        simulators.faults("dvcqg", Map.of("error-rate", 0.2));
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
