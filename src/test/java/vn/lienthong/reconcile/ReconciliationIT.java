package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.reconcile.internal.CodeOrder;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The acceptance run: dossiers synced through the gateway, then the portal tampered with in every
 * way (one deleted, one overwritten with an older state, one with changed content, one added the province
 * never had) and one province dossier never delivered (its change lost by the feed). A dry run finds
 * exactly those and changes nothing; a real run finds them again and repairs exactly the repairable ones
 * through the delivery path; a third run finds the repaired ones in agreement, the unknown and the
 * permanently failed ones still reported and untouched.
 */
class ReconciliationIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);

    private ReconciliationApi api;
    private OffsetDateTime from;

    @BeforeEach
    void setUp() {
        api = new ReconciliationApi(http);
        from = OffsetDateTime.now().minusSeconds(2);
    }

    @Test
    void shouldFindEveryKindOfDriftRepairTheRepairableOnesAndAgreeAfterwards() {
        List<Expectation> mine = province.generate(80).stream().map(this::expectation).toList();
        await().atMost(GENEROUS).until(() -> settled(mine));
        List<String> clean = mine.stream().filter(e -> e.code() != null && e.mustAccept())
                .map(Expectation::code).filter(c -> openFailures(List.of(c)).isEmpty()).sorted().toList();
        Set<String> failed = openFailures(mine.stream().map(Expectation::code).filter(c -> c != null).toList());
        String deleted = clean.get(0);
        // an older state (just received, not yet accepted) of a dossier that has moved on since
        String older = clean.stream().skip(1).filter(c -> !portal.stored(c).path("TrangThaiHoSo").asText().equals("1")
                || !portal.stored(c).path("NgayTiepNhan").asText("").isEmpty()).findFirst().orElseThrow();
        List<String> rest = clean.stream().skip(1).filter(c -> !c.equals(older)).toList();
        String changed = rest.get(0);
        String neverDelivered = validOffFeed();
        String unknown = CodeOrder.unitOf(deleted) + "-991231-00001";

        portal.delete(deleted);
        portal.overwrite(older, portal.stored(older).put("TrangThaiHoSo", "1").put("NgayTiepNhan", ""));
        portal.overwrite(changed, portal.stored(changed).put("ChuHoSo", "Người Khác"));
        ObjectNode stranger = portal.stored(rest.get(1)).put("MaHoSo", unknown);
        portal.put(stranger);
        Set<String> codes = new HashSet<>(clean);
        codes.addAll(failed);
        codes.addAll(List.of(neverDelivered, unknown));
        Map<String, String> expected = new HashMap<>(Map.of(deleted, "missing", older, "differs", changed, "differs",
                neverDelivered, "missing", unknown, "unknown"));
        failed.forEach(code -> expected.put(code, "failed"));

        // a dry run reports and changes nothing
        Map<String, Object> ledgerBefore = ledger(codes);
        Map<String, String> portalBefore = portalHashes(codes);
        long dry = runAndWait(true);
        assertThat(kinds(dry, codes)).isEqualTo(expected);
        assertThat(repairs(dry, codes).values()).allMatch(r -> r.equals("dry-run") || r.equals("none"));
        assertThat(ledger(codes)).isEqualTo(ledgerBefore);
        assertThat(portalHashes(codes)).isEqualTo(portalBefore);
        assertThat(queuedVersions()).isZero();

        // a real run finds the same and repairs exactly the repairable ones
        long repair = runAndWait(false);
        assertThat(kinds(repair, codes)).isEqualTo(expected);
        Map<String, String> repairs = repairs(repair, codes);
        assertThat(repairs).containsEntry(deleted, "queued").containsEntry(older, "queued")
                .containsEntry(changed, "queued").containsEntry(neverDelivered, "queued").containsEntry(unknown, "none");
        failed.forEach(code -> assertThat(repairs).containsEntry(code, "none"));
        await().atMost(GENEROUS).until(() -> queuedVersions() == 0
                && List.of(deleted, older, changed, neverDelivered).stream().allMatch(this::portalHoldsWhatLedgerSays));
        assertThat(portal.stored(unknown)).isEqualTo(stranger);
        failed.forEach(code -> assertThat(portalHashes(Set.of(code))).isEqualTo(portalBefore.entrySet().stream()
                .filter(e -> e.getKey().equals(code)).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));

        // afterwards every repaired dossier agrees; the unknown and the failed ones are still reported, untouched
        long after = runAndWait(false);
        Map<String, String> untouched = new HashMap<>(Map.of(unknown, "unknown"));
        failed.forEach(code -> untouched.put(code, "failed"));
        assertThat(kinds(after, codes)).isEqualTo(untouched);
        Map<String, Object> run = api.run(after);
        assertThat(((Number) run.get("compared")).longValue()).isGreaterThanOrEqualTo(codes.size());
        assertThat((String) run.get("summary")).contains("dossiers compared").contains("in agreement");
        assertThat(api.csv(repair)).startsWith("code,unit_code,kind").contains(deleted + "," + CodeOrder.unitOf(deleted) + ",missing");
    }

    private long runAndWait(boolean dryRun) {
        long id = api.start(Map.of("from", from.toString(), "to", OffsetDateTime.now().plusMinutes(1).toString(),
                "dryRun", dryRun));
        Map<String, Object> run = api.awaitEnd(id, GENEROUS);
        assertThat(run.get("status")).as("run %s: %s", id, run.get("error")).isEqualTo("completed");
        return id;
    }

    private Map<String, String> kinds(long run, Set<String> codes) {
        return api.findings(run).stream().filter(f -> codes.contains((String) f.get("code")))
                .collect(Collectors.toMap(f -> (String) f.get("code"), f -> (String) f.get("kind")));
    }

    private Map<String, String> repairs(long run, Set<String> codes) {
        return api.findings(run).stream().filter(f -> codes.contains((String) f.get("code")))
                .collect(Collectors.toMap(f -> (String) f.get("code"), f -> (String) f.get("repair")));
    }

    /** A valid dossier the feed never carried: the gateway has never heard of it. */
    private String validOffFeed() {
        while (true) {
            Expectation e = expectation(province.generateOffFeed(1).get(0));
            if (e.mustAccept() && e.code() != null) {
                return e.code();
            }
        }
    }

    private Expectation expectation(String key) {
        return province.expectations().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    private boolean settled(List<Expectation> mine) {
        List<String> codes = mine.stream().map(Expectation::code).filter(c -> c != null).toList();
        Integer done = jdbc.queryForObject("""
                select count(*) from unnest(?::text[]) as t(c)
                 where exists (select 1 from sync_ledger l where l.code = t.c)
                    or exists (select 1 from failed_sync f where f.code = t.c)""", Integer.class, (Object) codes.toArray(String[]::new));
        return done != null && done == codes.size() && queuedVersions() == 0;
    }

    private Set<String> openFailures(List<String> codes) {
        return new HashSet<>(jdbc.queryForList("select distinct code from failed_sync where status = 'open' and code = any(?::text[])",
                String.class, (Object) codes.toArray(String[]::new)));
    }

    private long queuedVersions() {
        return jdbc.queryForObject("select count(*) from sync_version where state = 'queued'", Long.class);
    }

    private Map<String, Object> ledger(Set<String> codes) {
        return jdbc.queryForList("select code, delivered_version, payload_hash, delivered_at from sync_ledger where code = any(?::text[])",
                (Object) codes.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(r -> (String) r.get("code"), r -> r));
    }

    private Map<String, String> portalHashes(Set<String> codes) {
        Map<String, String> hashes = new HashMap<>();
        codes.forEach(c -> hashes.put(c, String.valueOf(portal.contentHash(c))));
        return hashes;
    }

    private boolean portalHoldsWhatLedgerSays(String code) {
        List<String> hash = jdbc.queryForList("select payload_hash from sync_ledger where code = ?", String.class, code);
        return !hash.isEmpty() && hash.get(0).equals(portal.contentHash(code));
    }
}
