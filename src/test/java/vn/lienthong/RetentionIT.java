package vn.lienthong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.failures.FailureReplays;
import vn.lienthong.platform.Reason;

/**
 * Each growing table keeps what a flow still needs and forgets the rest after its retention (gateway.retention.*):
 * rows are made old in the database, then the table's retention flow runs once, as its schedule would run it.
 */
class RetentionIT extends GatewayIntegrationTest {

    private static final String FLOW = "retention-check";
    private static final String RECORD = """
            {"code":"%s","applicant":{"identityNumber":"001203004005","fullName":"Nguyễn Văn An","birthDate":"1990-02-03"}}""";

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private FailedSyncStore failures;
    @Autowired
    private FailureReplays replays;

    @AfterEach
    void forgetWhatThisTestMade() {
        jdbc.update("delete from sync_version where code like ?", "RET-" + run + "%");
        jdbc.update("delete from failed_sync where record_key like ?", "RET-" + run + "%");
        jdbc.update("delete from dossier_event where code like ?", "RET-" + run + "%");
        jdbc.update("delete from verification_result where code like ?", "RET-" + run + "%");
        jdbc.update("delete from reconciliation_run where trigger = ?", FLOW + run);
        jdbc.update("delete from payment_event where transaction_id like ?", "RET-" + run + "%");
        jdbc.update("delete from payment_reconciliation_finding where action = ?", FLOW + run);
        jdbc.update("delete from payment_reconciliation where reason = ?", FLOW + run);
    }

    @Test
    void shouldForgetOldSettledVersionsButKeepEachDossiersNewestQueuedAndFailedOnes() {
        String a = code("A");
        String b = code("B");
        String c = code("C");
        String d = code("D");
        version(a, 1, "delivered", 200);
        version(a, 2, "superseded", 200);
        version(a, 3, "delivered", 200); // the newest: the intake de-duplicates against it
        version(b, 1, "delivered", 200);
        version(b, 2, "queued", 200); // in flight
        version(c, 1, "delivered", 10); // within the retention
        version(c, 2, "delivered", 10);
        version(d, 1, "failed", 200); // belongs to a failure an operator may replay
        version(d, 2, "delivered", 200);

        purge("sync-version-retention");

        assertThat(versions(a)).containsExactly(3L);
        assertThat(versions(b)).containsExactly(2L);
        assertThat(versions(c)).containsExactly(1L, 2L);
        assertThat(versions(d)).containsExactly(1L, 2L);
    }

    @Test
    void shouldEraseTheRecordOfAFailureResolvedLongerAgoThanItsRetentionAndKeepTheFailure() {
        long resolved = failure("RESOLVED");
        long attempt = replays.newAttemptId();
        replays.recordAttempt(attempt, resolved, "test-operator", null, "resend", Reason.uncoded("queued"), key("RESOLVED"),
                key("RESOLVED") + ":replay-" + attempt, RECORD.formatted(code("RESOLVED")));
        failures.resolveFlow(FLOW, List.of("write-back"), List.of(key("RESOLVED")));
        settledDaysAgo(resolved, 31);
        Map<String, Object> before = row(resolved);
        long recentlyResolved = failure("RECENT");
        failures.resolveFlow(FLOW, List.of("write-back"), List.of(key("RECENT")));
        settledDaysAgo(recentlyResolved, 29);
        long open = failure("OPEN");
        jdbc.update("update failed_sync set first_failed_at = now() - interval '400 days',"
                + " last_failed_at = now() - interval '400 days' where id = ?", open);

        purge("failure-retention");

        Map<String, Object> after = row(resolved);
        assertThat(after.get("record")).isEqualTo("");
        assertThat(jdbc.queryForObject("select count(*) from failed_sync_attempt where failure_id = ? and payload is not null",
                Integer.class, resolved)).isZero();
        for (String kept : List.of("status", "code", "stage", "reason", "reason_class", "first_failed_at",
                "last_failed_at", "settled_at", "attempts")) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }
        assertThat(jdbc.queryForObject("select count(*) from failed_sync_attempt where failure_id = ?", Integer.class,
                resolved)).isEqualTo(2); // the failure and the replay: the history stays
        assertThat(row(recentlyResolved).get("record")).isEqualTo(RECORD.formatted(code("RECENT")));
        assertThat(row(open).get("record")).isEqualTo(RECORD.formatted(code("OPEN")));
    }

    @Test
    void shouldShowAnErasedFailureWithoutItsRecordAndNeverReplayIt() {
        long failure = failure("SHOWN", "dossier-sync", "portal-unavailable");
        jdbc.update("update failed_sync set status = 'superseded' where id = ?", failure);
        settledDaysAgo(failure, 31);

        purge("failure-retention");

        Map<?, ?> details = http.get().uri("/api/failures/{id}", failure).retrieve().body(Map.class);
        assertThat(details.get("record")).isEqualTo("");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) details.get("failure");
        assertThat(summary).containsEntry("reason", "refused: " + code("SHOWN")).containsEntry("stage", "write-back")
                .containsKey("firstFailedAt");
        Map<?, ?> replay = http.post().uri("/api/failures/{id}/replay", failure).retrieve().body(Map.class);
        assertThat(replay.get("outcome")).isEqualTo("skipped");
        assertThat((String) replay.get("detail")).contains("erased");
    }

    @Test
    void shouldGiveAnErasedFailureThatFailsAgainItsNewRecord() {
        long failure = failure("AGAIN");
        failures.resolveFlow(FLOW, List.of("write-back"), List.of(key("AGAIN")));
        settledDaysAgo(failure, 31);
        purge("failure-retention");
        assertThat(row(failure).get("record")).isEqualTo("");

        failure("AGAIN"); // the same record fails again: open, with the record as received now
        purge("failure-retention");

        assertThat(row(failure)).containsEntry("status", "open").containsEntry("record", RECORD.formatted(code("AGAIN")))
                .containsEntry("settled_at", null);
    }

    @Test
    void shouldForgetOldPublishedVerificationsButKeepThoseStillToPublish() {
        http.post().uri("/api/systems/provincial/pause?what=delivery").retrieve().toBodilessEntity();
        try {
            pollsOf("verification-publish", 2); // a round that began before the pause is over
            verification(code("OLD"), 400, true);
            verification(code("UNPUBLISHED"), 400, false);
            verification(code("RECENT"), 300, true);

            purge("verification-retention");

            assertThat(jdbc.queryForList("select code from verification_result where code like ? order by code",
                    String.class, "RET-" + run + "%")).containsExactly(code("RECENT"), code("UNPUBLISHED"));
        } finally {
            http.post().uri("/api/systems/provincial/resume?what=delivery").retrieve().toBodilessEntity();
        }
    }

    @Test
    void shouldForgetOldReconciliationRunsWithTheirFindingsButKeepRecentAndRunningOnes() {
        long old = reconciliationRun("completed", 91);
        long running = reconciliationRun("running", 91);
        long recent = reconciliationRun("completed", 89);

        purge("reconciliation-retention");

        assertThat(jdbc.queryForList("select id from reconciliation_run where trigger = ? order by id", Long.class,
                FLOW + run)).containsExactly(running, recent);
        assertThat(jdbc.queryForList("select run_id from reconciliation_finding where run_id = any(?) order by run_id",
                Long.class, (Object) new Long[] {old, running, recent})).containsExactly(running, recent);
    }

    @Test
    void shouldForgetOldSettledPaymentEventsButKeepThoseStillToRelayOrRefused() {
        paymentEvent("RELAYED", "relayed", 366);
        paymentEvent("NOT-RELAYED", "not-relayed", 366);
        paymentEvent("PENDING", "pending", 366);
        paymentEvent("FAILED", "failed", 366);
        paymentEvent("RECENT", "relayed", 364);

        purge("payment-retention");

        assertThat(jdbc.queryForList("select transaction_id from payment_event where transaction_id like ? order by 1",
                String.class, "RET-" + run + "%")).containsExactly(code("FAILED"), code("PENDING"), code("RECENT"));
    }

    @Test
    void shouldForgetOldPaymentReconciliationsWithTheirFindings() {
        paymentReconciliation(366);
        long recent = paymentReconciliation(364);

        purge("payment-retention");

        assertThat(jdbc.queryForList("select id from payment_reconciliation where reason = ?", Long.class, FLOW + run))
                .containsExactly(recent);
        assertThat(jdbc.queryForList("select reconciliation_id from payment_reconciliation_finding where action = ?",
                Long.class, FLOW + run)).containsExactly(recent);
    }

    /** One poll of a retention flow, as its schedule runs it (greedy: until nothing more is due). */
    private void purge(String route) {
        ((ScheduledPollConsumer) camel.getRoute(route).getConsumer()).run();
    }

    private String code(String name) {
        return "RET-" + run + "-" + name;
    }

    private String key(String name) {
        return code(name) + ":1";
    }

    private void version(String code, long version, String state, int daysAgo) {
        jdbc.update("""
                insert into sync_version (code, version, state, pulled_at, decided_at)
                values (?, ?, ?, now() - make_interval(days => ?),
                        case when ? <> 'queued' then now() - make_interval(days => ?) end)""",
                code, version, state, daysAgo, state, daysAgo);
    }

    private List<Long> versions(String code) {
        return jdbc.queryForList("select version from sync_version where code = ? order by version", Long.class, code);
    }

    private long failure(String name) {
        return failure(name, FLOW, "province-refused");
    }

    /** A failure recorded the way the flows record theirs; its record holds a CCCD, a name and a birth date. */
    private long failure(String name, String flow, String reasonClass) {
        failures.recordFlow("provincial", flow, List.of(new FailedSyncStore.FailedRecord("write-back", reasonClass,
                Reason.uncoded("refused: " + code(name)), key(name), code(name), RECORD.formatted(code(name)))));
        return jdbc.queryForObject("select id from failed_sync where record_key = ?", Long.class, key(name));
    }

    private void settledDaysAgo(long failure, int days) {
        jdbc.update("update failed_sync set settled_at = settled_at - make_interval(days => ?) where id = ?", days, failure);
    }

    private Map<String, Object> row(long failure) {
        return jdbc.queryForMap("select * from failed_sync where id = ?", failure);
    }

    private void verification(String code, int daysAgo, boolean published) {
        jdbc.update("""
                insert into verification_result (code, source, version, fingerprint, result, reference, checked_at,
                                                 written_back_at, repushed_at)
                values (?, 'population', 1, 'f', 'match', 'ref', now() - make_interval(days => ?),
                        case when ? then now() end, case when ? then now() end)""",
                code, daysAgo, published, published);
    }

    /** A run of the portal reconciliation started that many days ago, with one finding. */
    private long reconciliationRun(String status, int daysAgo) {
        Long id = jdbc.queryForObject("""
                insert into reconciliation_run (trigger, units, period_from, period_to, dry_run, status, started_at)
                values (?, '{}', now(), now(), false, ?, now() - make_interval(days => ?)) returning id""",
                Long.class, FLOW + run, status, daysAgo);
        jdbc.update("""
                insert into reconciliation_finding (run_id, code, unit_code, kind, repair)
                values (?, ?, 'U', 'missing', 'none')""", id, code("FINDING"));
        return id;
    }

    /** A payment event received that many days ago; one to relay is not due yet, so the relay leaves it alone. */
    private void paymentEvent(String name, String relayState, int daysAgo) {
        jdbc.update("""
                insert into payment_event (transaction_id, status, source, record, relay_state, received_at, relayed_at,
                                           next_attempt_at)
                values (?, '1', 'notification', '{}', ?, now() - make_interval(days => ?),
                        case when ? = 'relayed' then now() - make_interval(days => ?) end, now() + interval '1 day')""",
                code(name), relayState, daysAgo, relayState, daysAgo);
    }

    /** A payment reconciliation run started that many days ago, with one finding. */
    private long paymentReconciliation(int daysAgo) {
        Long id = jdbc.queryForObject("""
                insert into payment_reconciliation (day, trigger, state, reason, started_at, finished_at)
                values (current_date - ?, 'operator', 'completed', ?, now() - make_interval(days => ?),
                        now() - make_interval(days => ?)) returning id""",
                Long.class, daysAgo, FLOW + run, daysAgo, daysAgo);
        jdbc.update("insert into payment_reconciliation_finding (reconciliation_id, kind, action) values (?, 'amount-mismatch', ?)",
                id, FLOW + run);
        return id;
    }
}
