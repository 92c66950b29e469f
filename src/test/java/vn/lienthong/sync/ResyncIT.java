package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * A re-sync (a reconciliation's repair) of a version the ledger says was delivered goes through the normal
 * delivery path and is pushed again, handling steps included, to a portal that lost the dossier.
 */
class ResyncIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    @Autowired
    private SendAgain sendAgain;

    @Test
    void shouldPushADeliveredVersionAgainWithItsStepsWhenMarkedAsReSync() {
        String code = deliveredDossier();
        String raw = province.newest(code);
        long version = jdbc.queryForObject("select delivered_version from sync_ledger where code = ?", Long.class, code);
        int steps = portal.steps(code).size();
        assertThat(steps).isPositive();
        portal.delete(code);

        sendAgain.send(List.of(QueuedDossier.resync(code, version, raw, "test-1")));

        await().atMost(GENEROUS).until(() -> portal.stored(code) != null && portal.steps(code).size() == steps
                && "delivered".equals(state(code, version)));
        String hash = jdbc.queryForObject("select payload_hash from sync_ledger where code = ?", String.class, code);
        assertThat(portal.contentHash(code)).isEqualTo(hash);
        assertThat(jdbc.queryForObject("select delivered_version from sync_ledger where code = ?", Long.class, code))
                .isEqualTo(version);
    }

    private String deliveredDossier() {
        List<String> keys = province.generate(10);
        await().atMost(GENEROUS).until(() -> !delivered(keys).isEmpty());
        return delivered(keys).get(0);
    }

    private List<String> delivered(List<String> keys) {
        return jdbc.queryForList("""
                select l.code from sync_ledger l where l.code = any(?::text[]) and l.last_step_at is not null
                   and not exists (select 1 from sync_version v where v.code = l.code and v.state = 'queued')""",
                String.class, (Object) keys.toArray(String[]::new));
    }

    private String state(String code, long version) {
        return jdbc.queryForObject("select state from sync_version where code = ? and version = ?", String.class,
                code, version);
    }
}
