package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.GatewayLauncher;
import vn.lienthong.Simulators;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.dvcqg.LostAnswers;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The portal took a dossier's newest version but the gateway never learnt it (the answer was lost, or the gateway
 * was killed before its ledger commit); that version waits on the broker for redelivery while an older one arrives
 * late from the feed. The portal must never receive the older one: it keeps whatever came last, and a citizen would
 * see the dossier go backwards. The gateway runs in its own JVM with a long redelivery delay, so the older version is
 * taken while the newer one waits, as after a few failed attempts in production.
 */
class OlderVersionAfterLostPushIT {

    private static final Duration GENEROUS = Duration.ofMinutes(3);
    private static final Set<String> FINAL = Set.of("done", "denied", "cancelled", "unresolved");

    private static EmbeddedPostgres postgres;
    private static Simulators simulators;
    private static JdbcTemplate jdbc;

    private final PortalExpectations expected = new PortalExpectations();
    private ProvincialSimulator province;
    private DvcqgSimulator portal;
    private LostAnswers lostAnswers;
    private GatewayLauncher gateway;

    @BeforeAll
    static void startDatabaseAndSimulators() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("older-version-pg"))
                .setCleanDataDirectory(true).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        // every version valid, none repeated or reordered by the feed itself: the test serves the late one
        simulators = Simulators.start("simulator.seed", "14", "simulator.provincial.dirty-rate", "0",
                "simulator.provincial.feed-duplicate-rate", "0", "simulator.provincial.feed-out-of-order-rate", "0");
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

    @AfterEach
    void stopGateway() throws InterruptedException {
        if (gateway != null) {
            gateway.stop(); // never leave a gateway JVM behind, whatever failed
        }
    }

    @Test
    void shouldNeverSendAnOlderVersionAfterACrashBetweenAPortalPushAndItsLedgerCommit() throws Exception {
        startGateway();
        Dossier dossier = deliveredWithALateVersionInReserve();
        lostAnswers.lose(dossier.code, Duration.ofMinutes(2)); // the push is applied, its answer held: in flight
        dossier.newest = province.advance(dossier.code);
        await().atMost(GENEROUS).until(() -> portal.acceptedHashes(dossier.code).contains(dossier.hash(dossier.newest)));
        assertThat(ledgerVersion(dossier.code)).as("ledger before the kill").isEqualTo(dossier.delivered);
        gateway.kill();

        // after the restart the newer version's push is applied and its answer lost again: it waits for redelivery
        lostAnswers.lose(dossier.code, Duration.ZERO);
        int lostBefore = lostAnswers.lostFor(dossier.code);
        gateway.start();
        await().atMost(GENEROUS).until(() -> lostAnswers.lostFor(dossier.code) > lostBefore);

        serveOlderVersionLateThenHeal(dossier);
        assertPortalNeverWentBack(dossier);
    }

    @Test
    void shouldNeverSendAnOlderVersionWhileANewerOneWhoseAnswerWasLostWaitsForRedelivery() throws Exception {
        startGateway();
        Dossier dossier = deliveredWithALateVersionInReserve();
        lostAnswers.lose(dossier.code, Duration.ZERO);
        dossier.newest = province.advance(dossier.code);
        await().atMost(GENEROUS).until(() -> lostAnswers.lostFor(dossier.code) > 0);
        assertThat(portal.acceptedHashes(dossier.code)).contains(dossier.hash(dossier.newest));

        serveOlderVersionLateThenHeal(dossier);
        assertPortalNeverWentBack(dossier);
    }

    private void startGateway() throws Exception {
        province = simulators.bean(ProvincialSimulator.class);
        portal = simulators.bean(DvcqgSimulator.class);
        lostAnswers = simulators.bean(LostAnswers.class);
        gateway = GatewayLauncher.gateway(Files.createTempDirectory("older-version-data"), simulators)
                .database(postgres.getJdbcUrl("postgres", "postgres"))
                .property("gateway.broker.redelivery-delay", "5s")
                .property("gateway.broker.max-redelivery-delay", "30s");
        gateway.start();
    }

    /**
     * A dossier the portal has at its first version, with a second version the feed did not carry (served late by
     * the test), each version changing what the portal shows.
     */
    private Dossier deliveredWithALateVersionInReserve() {
        List<String> codes = province.generate(20);
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500)).until(() -> codes.stream()
                .allMatch(code -> ledgerVersion(code) == 1));
        for (String code : codes) {
            if (FINAL.contains(status(province.newest(code)))) {
                continue;
            }
            int late = province.advanceOffFeed(code);
            List<String> versions = province.versions(code);
            if (!FINAL.contains(status(versions.get(late - 1)))) {
                return new Dossier(code, 1, late);
            }
        }
        throw new IllegalStateException("no dossier of the seed can move twice");
    }

    /**
     * The feed serves the older version while the newer one waits; once the gateway has decided on the older one
     * (or the portal took it), the portal answers again and the newer one is delivered.
     */
    private void serveOlderVersionLateThenHeal(Dossier dossier) {
        assertThat(Set.of(dossier.hash(dossier.delivered), dossier.hash(dossier.late), dossier.hash(dossier.newest)))
                .as("the three versions show three states").hasSize(3);
        province.publishRaw(province.versions(dossier.code).get(dossier.late - 1));
        await().atMost(GENEROUS).until(() -> decided(dossier.code, dossier.late)
                || portal.acceptedHashes(dossier.code).contains(dossier.hash(dossier.late)));
        lostAnswers.answer(dossier.code);
        await().atMost(GENEROUS).until(() -> ledgerVersion(dossier.code) == dossier.newest
                && decided(dossier.code, dossier.late) && decided(dossier.code, dossier.newest));
    }

    private void assertPortalNeverWentBack(Dossier dossier) {
        List<String> province = this.province.versions(dossier.code);
        Map<String, Set<Long>> versionsByHash = expected.versionsByHash(province);
        List<String> accepted = portal.acceptedHashes(dossier.code);
        List<Set<Long>> acceptedVersions = accepted.stream().map(h -> versionsByHash.getOrDefault(h, Set.of())).toList();
        assertThat(accepted).as("versions the portal accepted for %s, in order: %s", dossier.code, acceptedVersions)
                .doesNotContain(dossier.hash(dossier.late))
                .endsWith(dossier.hash(dossier.newest));
        assertThat(PortalExpectations.neverWentBack(accepted, versionsByHash)).isTrue();
        assertThat(portal.stored(dossier.code))
                .isEqualTo(expected.tree(expected.hoSo(province.get(dossier.newest - 1)).orElseThrow()));
        assertThat(portal.createCount(dossier.code)).isEqualTo(1);
    }

    private long ledgerVersion(String code) {
        return query(() -> jdbc.queryForList("select delivered_version from sync_ledger where code = ?", Long.class, code)
                .stream().findFirst().orElse(0L), 0L);
    }

    private boolean decided(String code, long version) {
        return query(() -> jdbc.queryForList("select state from sync_version where code = ? and version = ?",
                String.class, code, version).stream().anyMatch(state -> !"queued".equals(state)), false);
    }

    /** The tables appear only once the gateway has migrated the database. */
    private static <T> T query(Callable<T> query, T beforeMigration) {
        try {
            return query.call();
        } catch (Exception notMigratedYet) {
            return beforeMigration;
        }
    }

    private String status(String json) {
        try {
            return new ObjectMapper().readTree(json).path("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dossier under test: the version delivered first, the one served late, the newest. */
    private final class Dossier {
        final String code;
        final int delivered;
        final int late;
        int newest;

        Dossier(String code, int delivered, int late) {
            this.code = code;
            this.delivered = delivered;
            this.late = late;
        }

        String hash(int version) {
            return ContentHash.of(expected.hoSo(province.versions(code).get(version - 1)).orElseThrow());
        }
    }
}
