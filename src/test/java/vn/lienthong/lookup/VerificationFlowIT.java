package vn.lienthong.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;
import vn.lienthong.simulator.registry.NationalRecords;

/** The verification flow end to end: feed, look-ups, write-back to the province, DSKetNoiCSDL at the portal. */
class VerificationFlowIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(4);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    private final NationalRecords records = simulator(NationalRecords.class);
    @Autowired
    private CircuitBreakers breakers;

    private final SimulatorControl simulators = SIMULATORS.control();

    @AfterEach
    void heal() {
        List.of("population", "business-registry", "land", "civil-status").forEach(simulators::noFaults);
    }

    @Test
    void shouldVerifyApplicantsWriteTheResultsBackAndNameTheDatabasesAtThePortal() {
        List<Expectation> mine = clean(province.generate(200));
        String[] codes = codes(mine);
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500)).until(() -> allPublished(codes));

        LookupExpectations expected = new LookupExpectations(records);
        int citizens = 0;
        int enterprises = 0;
        for (Expectation e : mine) {
            String dossier = province.newest(e.key());
            JsonNode tree = expected.tree(dossier);
            String type = tree.path("applicant").path("type").asText();
            List<String> databases = new ArrayList<>();
            if ("citizen".equals(type)) {
                citizens++;
                assertResult(e.code(), "population", expected.population(dossier));
                databases.add("1");
                if ("G18-HT01".equals(tree.path("procedure").path("fieldCode").asText())) {
                    assertResult(e.code(), "civil-status", expected.civilStatus(dossier));
                    databases.add("4");
                }
            } else if ("enterprise".equals(type)) {
                enterprises++;
                assertResult(e.code(), "business-registry", expected.business(dossier));
                databases.add("2");
            }
            if (tree.path("parcel").isObject()) {
                assertThat(count("select count(*) from verification_result where code = ? and source = 'land'", e.code()))
                        .as("land look-up of %s", e.code()).isEqualTo(1);
                databases.add("3");
            }
            String[] expectedCodes = databases.stream().sorted().toArray(String[]::new);
            await().atMost(GENEROUS).until(() -> Arrays.equals(portalDatabases(e.code()), expectedCodes));
            assertThat(portal.createCount(e.code())).as("creations of %s", e.code()).isEqualTo(1);
            assertThat(province.verifications(e.code())).hasSize(databases.size());
        }
        assertThat(citizens).isGreaterThan(100);
        assertThat(enterprises).isPositive();
    }

    @Test
    void shouldNotVerifyTheSameApplicantAgainForANewVersion() {
        List<Expectation> mine = clean(province.generate(40));
        String[] codes = codes(mine);
        await().atMost(GENEROUS).until(() -> allPublished(codes));
        int before = count("select count(*) from verification_result where code = any(?::text[])", (Object) codes);
        // other tests' dossiers share the simulators, so "no new look-up" is read off this test's own results
        List<Map<String, Object>> checks = lastChecks(codes);

        province.advance(200);
        await().atMost(GENEROUS).until(() -> count("select count(*) from sync_version where code = any(?::text[])"
                + " and state = 'queued'", (Object) codes) == 0 && allPublished(codes));
        assertThat(count("select count(*) from verification_result where code = any(?::text[])", (Object) codes))
                .isEqualTo(before);
        assertThat(count("select count(*) from verification_task where code = any(?::text[])", (Object) codes)).isZero();
        assertThat(lastChecks(codes)).as("no new look-up for an applicant already verified").isEqualTo(checks);
    }

    private void assertResult(String code, String source, LookupExpectations.Expected expected) {
        Map<String, Object> row = jdbc.queryForMap(
                "select result, array_to_string(mismatched_fields, ',') as fields from verification_result where code = ? and source = ?",
                code, source);
        assertThat(row.get("result")).as("%s of %s", source, code).isEqualTo(expected.result());
        assertThat(row.get("fields")).as("%s fields of %s", source, code).isEqualTo(String.join(",", expected.fields()));
        JsonNode written = province.verifications(code).stream()
                .filter(v -> source.equals(v.path("source").asText())).findFirst().orElseThrow();
        assertThat(written.path("result").asText()).isEqualTo(expected.result());
    }

    private String[] portalDatabases(String code) {
        JsonNode stored = portal.stored(code);
        if (stored == null) {
            return new String[0];
        }
        List<String> found = new ArrayList<>();
        stored.path("DSKetNoiCSDL").forEach(d -> found.add(d.path("MaCSDL").asText()));
        return found.toArray(String[]::new);
    }

    private boolean allPublished(String[] codes) {
        return count("select count(distinct code) from sync_ledger where code = any(?::text[])", (Object) codes) == codes.length
                && count("select count(*) from verification_task where code = any(?::text[])", (Object) codes) == 0
                && count("select count(*) from verification_result where code = any(?::text[])"
                        + " and (written_back_at is null or repushed_at is null)", (Object) codes) == 0
                && count("select count(*) from sync_version where code = any(?::text[]) and state = 'queued'",
                        (Object) codes) == 0;
    }

    private List<Map<String, Object>> lastChecks(String[] codes) {
        return jdbc.queryForList("select code, source, checked_at from verification_result where code = any(?::text[])"
                + " order by code, source", (Object) codes);
    }

    private List<Expectation> clean(List<String> keys) {
        var wanted = new java.util.HashSet<>(keys);
        return province.expectations().stream().filter(e -> wanted.contains(e.key()) && e.defect() == null).toList();
    }

    private static String[] codes(List<Expectation> mine) {
        return mine.stream().map(Expectation::code).toArray(String[]::new);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
