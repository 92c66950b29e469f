package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.simulator.bulk.BulkLoad;

/**
 * A reconciliation waits out transient faults instead of failing: with 15 % transient 5xx and 429 on the portal
 * and the province, and through a short outage of the portal, it completes with the same findings as without
 * faults; it fails on a permanent error, or after give-up-after (20 s in tests) without progress, and says which.
 * A few thousand dossiers are bulk-loaded into the simulators (with drift) and the ledger seeded to match.
 */
class ReconciliationUnderFaultsIT extends GatewayIntegrationTest {

    private static final int DOSSIERS = 3000;
    private static final String UNIT = "000.00.01.G18";
    /** the bulk-loaded codes (seven-digit numbers), apart from the dossiers other tests generate in the unit */
    private static final Pattern BULK = Pattern.compile(".*-(251120|991231)-\\d{7}");
    private static final Duration GENEROUS = Duration.ofMinutes(3);
    private static BulkLoad.Loaded loaded;

    private final SimulatorControl simulators = SIMULATORS.control();
    private final ReconciliationApi api = new ReconciliationApi(http);

    @Autowired
    private DataSource dataSource;
    @Autowired
    private CircuitBreakers breakers;

    @BeforeEach
    void loadOnce() throws Exception {
        if (loaded == null) {
            StringWriter ledger = new StringWriter();
            loaded = SIMULATORS.bean(BulkLoad.class).load(DOSSIERS, 1, 0.01, ledger);
            try (Connection con = dataSource.getConnection()) {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy sync_ledger (" + BulkLoad.LEDGER_COLUMNS
                        + ") from stdin with (format csv)", new StringReader(ledger.toString()));
            }
        }
    }

    @AfterEach
    void noFaults() {
        simulators.noFaults("dvcqg");
        simulators.noFaults("provincial");
        await().atMost(Duration.ofSeconds(30)).until(() -> !breakers.isOpen("dvcqg") && !breakers.isOpen("provincial"));
    }

    @Test
    void shouldFindTheSameDriftWithTransientFaultsOnThePortalAndTheProvince() {
        Map<String, String> clean = findings(finished(start()));
        assertThat(clean.values().stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())))
                .containsEntry("behind", (long) loaded.behind()).containsEntry("missing", (long) loaded.missing())
                .containsEntry("differs", (long) loaded.changed() + loaded.older())
                .containsEntry("unknown", (long) loaded.unknown());

        Map<String, Object> transientFaults = Map.of("error-rate", 0.15, "too-many-rate", 0.15, "retry-after", 1);
        simulators.faults("dvcqg", transientFaults);
        simulators.faults("provincial", transientFaults);
        Map<String, Object> run = finished(start());

        assertThat(run.get("status")).as("%s", run.get("error")).isEqualTo("completed");
        assertThat(findings(run)).isEqualTo(clean);
    }

    @Test
    void shouldWaitForThePortalThroughAShortOutageAndComplete() {
        Map<String, String> clean = findings(finished(start()));

        simulators.faults("dvcqg", Map.of("error-rate", 1.0));
        long id = start();
        await().atMost(GENEROUS).until(() -> breakers.isOpen("dvcqg"));
        assertThat(api.run(id).get("status")).isEqualTo("running");
        simulators.noFaults("dvcqg");
        Map<String, Object> run = api.awaitEnd(id, GENEROUS);

        assertThat(run.get("status")).as("%s", run.get("error")).isEqualTo("completed");
        assertThat(findings(run)).isEqualTo(clean);
    }

    @Test
    void shouldFailAtOnceOnAPermanentRefusalAndSaySo() {
        simulators.faults("provincial", Map.of("refusal", 401));
        Map<String, Object> run = finished(start());

        assertThat(run.get("status")).isEqualTo("failed");
        // the province refusing our credentials is a configuration failure, said with its own code
        assertThat(run.get("error_code")).isEqualTo("config.credentials-refused");
        assertThat((String) run.get("error")).contains("ConfigurationFailure").contains("provincial");
    }

    @Test
    void shouldGiveUpAfterTheConfiguredTimeWithoutProgressAndSaySo() {
        simulators.faults("dvcqg", Map.of("error-rate", 1.0));
        long t0 = System.nanoTime();
        Map<String, Object> run = finished(start());

        assertThat(run.get("status")).isEqualTo("failed");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(run.get("error_code")).isEqualTo("wait.no-progress");
        assertThat((String) run.get("error")).contains("dvcqg").contains("no progress for 20 s");
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) run.get("error_args");
        assertThat(args).containsEntry("system", "dvcqg").containsEntry("limit", "20 s");
    }

    /** A dry run of the bulk-loaded unit over the last 30 days: it reports and changes nothing. */
    private long start() {
        return api.start(Map.of("unit", UNIT, "from", OffsetDateTime.now().minusDays(30).toString(),
                "to", OffsetDateTime.now().plusMinutes(1).toString(), "dryRun", true));
    }

    private Map<String, Object> finished(long id) {
        return api.awaitEnd(id, GENEROUS);
    }

    /** The findings of the bulk-loaded dossiers, by code. */
    private Map<String, String> findings(Map<String, Object> run) {
        List<Map<String, Object>> all = api.findings(((Number) run.get("id")).longValue());
        return all.stream().filter(f -> BULK.matcher((String) f.get("code")).matches())
                .collect(Collectors.toMap(f -> (String) f.get("code"), f -> (String) f.get("kind"), (a, b) -> a, TreeMap::new));
    }
}
