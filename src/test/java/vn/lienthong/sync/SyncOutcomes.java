package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Checks a sync run against the simulators' truth: every valid dossier in its newest state at the portal,
 * created once, never moved back to an older state; every invalid one kept with a readable reason; every
 * pulled version settled.
 */
final class SyncOutcomes {

    private final JdbcTemplate jdbc;
    private final ProvincialSimulator province;
    private final DvcqgSimulator portal;
    private final PortalExpectations expected = new PortalExpectations();
    private final ObjectMapper json = new ObjectMapper();

    SyncOutcomes(JdbcTemplate jdbc, ProvincialSimulator province, DvcqgSimulator portal) {
        this.jdbc = jdbc;
        this.province = province;
        this.portal = portal;
    }

    List<Expectation> expectationsFor(Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        return province.expectations().stream().filter(e -> wanted.contains(e.key())).toList();
    }

    /** Every valid dossier delivered at its newest version, every invalid one kept as failed. */
    boolean settled(Collection<Expectation> mine) {
        String[] codes = codes(mine);
        Map<String, Long> ledger = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("select code, delivered_version, payload_hash from sync_ledger where code = any(?::text[])",
                rs -> {
                    ledger.put(rs.getString(1), rs.getLong(2));
                    hashes.put(rs.getString(1), rs.getString(3));
                }, (Object) codes);
        Integer lookingUp = jdbc.queryForObject("select count(*) from verification_task where code = any(?::text[])",
                Integer.class, (Object) codes);
        if (lookingUp == null || lookingUp > 0) {
            return false; // the national look-ups add DSKetNoiCSDL: settled once they are done and delivered
        }
        Map<String, List<String>> databases = databases(codes);
        Set<String> failed = new HashSet<>(jdbc.queryForList(
                "select code || ':' || version from failed_sync where code = any(?::text[])", String.class, (Object) codes));
        long unidentifiedExpected = mine.stream().filter(e -> e.code() == null).count();
        Integer unidentifiedKept = jdbc.queryForObject("select count(*) from failed_sync where code is null", Integer.class);
        for (Expectation e : mine) {
            if (e.code() == null) {
                continue;
            }
            long newest = expected.version(province.newest(e.key()));
            boolean done = e.mustAccept()
                    ? ledger.getOrDefault(e.code(), -1L) == newest && expected.hoSo(province.newest(e.key()),
                            databases.getOrDefault(e.code(), List.of())).map(h -> vn.lienthong.dvcqg.ContentHash.of(h))
                            .map(h -> h.equals(hashes.get(e.code()))).orElse(false)
                    : failed.contains(e.code() + ":" + newest);
            if (!done) {
                return false;
            }
        }
        return unidentifiedKept != null && unidentifiedKept >= unidentifiedExpected;
    }

    /** The national databases the gateway consulted per dossier (its verification ledger), as MaCSDL codes. */
    private Map<String, List<String>> databases(String[] codes) {
        Map<String, List<String>> consulted = new HashMap<>();
        Map<String, String> portalCodes = Map.of("population", "1", "business-registry", "2", "land", "3", "civil-status", "4");
        jdbc.query("select code, source from verification_result where code = any(?::text[])", rs -> {
            consulted.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(portalCodes.get(rs.getString(2)));
        }, (Object) codes);
        return consulted;
    }

    void assertAll(Collection<Expectation> mine) {
        for (Expectation e : mine) {
            if (e.mustAccept()) {
                assertNewestStateAtPortal(e);
            } else {
                assertKeptAsFailed(e);
            }
        }
        assertEveryPulledVersionSettled(mine);
    }

    private void assertNewestStateAtPortal(Expectation e) {
        String newest = province.newest(e.key());
        List<String> consulted = databases(new String[] {e.code()}).getOrDefault(e.code(), List.of());
        assertThat(portal.stored(e.code())).as("portal copy of %s", e.code())
                .isEqualTo(expected.tree(expected.hoSo(newest, consulted).orElseThrow()));
        assertThat(portal.createCount(e.code())).as("creations of %s", e.code()).isEqualTo(1);
        assertThat(PortalExpectations.neverWentBack(portal.acceptedHashes(e.code()),
                expected.versionsByHash(province.versions(e.key()), consulted)))
                .as("portal states of %s in version order", e.code()).isTrue();
    }

    private void assertKeptAsFailed(Expectation e) {
        List<String> reasons = failureReasons(e);
        assertThat(reasons).as("failed-sync rows of %s (%s)", e.key(), e.defect()).isNotEmpty();
        assertThat(reasons).allSatisfy(reason -> assertThat(reason).matches("^[a-zA-Z.\\[\\]0-9]+: .{10,}"));
        assertThat(reasons).noneMatch(reason -> reason.matches(".*\\d{9,}.*"));
        if (e.code() != null) {
            assertThat(portal.createCount(e.code())).isZero();
        }
    }

    private void assertEveryPulledVersionSettled(Collection<Expectation> mine) {
        Map<String, Integer> byState = new HashMap<>();
        jdbc.query("select state, count(*) from sync_version where code = any(?::text[]) group by state",
                rs -> {
                    byState.put(rs.getString(1), rs.getInt(2));
                }, (Object) codes(mine));
        Integer total = jdbc.queryForObject("select count(*) from sync_version where code = any(?::text[])",
                Integer.class, (Object) codes(mine));
        assertThat(byState).doesNotContainKey("queued");
        assertThat(byState.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(byState.getOrDefault("delivered", 0)).isPositive();
        boolean someInvalid = mine.stream().anyMatch(e -> !e.mustAccept() && e.code() != null);
        assertThat(byState.getOrDefault("failed", 0) > 0).isEqualTo(someInvalid);
    }

    /** Failures recorded for this dossier: by code, or, for a record without one, by the record itself. */
    private List<String> failureReasons(Expectation e) {
        if (e.code() != null) {
            return jdbc.queryForList("select reason from failed_sync where code = ? and version = ?", String.class,
                    e.code(), expected.version(province.newest(e.key())));
        }
        List<String> reasons = new ArrayList<>();
        jdbc.query("select reason, record from failed_sync where code is null", rs -> {
            if (sameRecord(rs.getString(2), e.key())) {
                reasons.add(rs.getString(1));
            }
        });
        return reasons;
    }

    private boolean sameRecord(String record, String key) {
        try {
            JsonNode kept = json.readTree(record);
            for (String version : province.versions(key)) {
                if (kept.equals(json.readTree(version))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static String[] codes(Collection<Expectation> mine) {
        return mine.stream().map(Expectation::code).filter(c -> c != null).toArray(String[]::new);
    }
}
