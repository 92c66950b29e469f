package vn.lienthong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.audit.internal.ActionAudit;
import vn.lienthong.audit.internal.AuditHash;

/**
 * The hash-chained audit log on the real database: actions are recorded with who and what; an edited row, a row
 * deleted in the middle, and a truncation (checked against an exported head) are all detected. Each tampering
 * test puts the rows back as they were, so the shared log stays valid for the other tests.
 */
class AuditTrailIT extends GatewayIntegrationTest {

    @Autowired
    private AuditTrail trail;
    @Autowired
    private AuditVerifier verifier;

    @Test
    void shouldRecordWhoDidWhatWithWhichBodyBeforeItRunsAndHowItEnded() {
        try {
            int status = http.post().uri("/api/systems/dvcqg/pause?what=delivery").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", Map.of("ticket", "maintenance")))
                    .exchange((request, response) -> response.getStatusCode().value());

            List<?> newest = (List<?>) http.get().uri("/api/audit?size=2").retrieve().body(Map.class).get("items");
            Map<?, ?> started = (Map<?, ?>) newest.get(1);
            Map<?, ?> ended = (Map<?, ?>) newest.get(0);
            assertThat(status).isEqualTo(200);
            assertThat(started.get("actor")).isEqualTo(TestUsers.OPERATOR);
            assertThat(started.get("action")).isEqualTo("POST /api/systems/dvcqg/pause");
            assertThat(started.get("target")).isEqualTo("what=delivery");
            assertThat((String) started.get("detail")).contains("\"ticket\":\"maintenance\"");
            assertThat(started.get("outcome")).isEqualTo(ActionAudit.STARTED);
            assertThat(ended.get("action")).isEqualTo("POST /api/systems/dvcqg/pause");
            assertThat(ended.get("detail")).isEqualTo("outcome of row " + started.get("id"));
            assertThat(ended.get("outcome")).isEqualTo("200 OK");
            assertThat(verify(null).valid()).isTrue();
        } finally {
            jdbc.update("delete from system_pause where system = 'dvcqg' and what = 'delivery'");
        }
    }

    @Test
    void shouldNotRecordRequestsNoHandlerTakes() {
        long before = trail.count();

        int status = http.post().uri("/api/audit?reason=test").contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(405);
        assertThat(trail.count()).isEqualTo(before);
    }

    @Test
    void shouldNotRecordRefusedRequests() {
        long before = trail.count();

        int status = as(TestUsers.VIEWER).post().uri("/api/audit").exchange((request, response) -> response.getStatusCode().value());

        assertThat(status).isEqualTo(403);
        assertThat(trail.count()).isEqualTo(before);
    }

    @Test
    void shouldKeepOneChainUnderConcurrentAppends() throws Exception {
        long before = trail.count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> appends = IntStream.range(0, 200).<Future<?>>mapToObj(i -> pool.submit(() ->
                    trail.append("tester", "concurrent", "n=" + i, null, "ok"))).toList();
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(trail.count()).isEqualTo(before + 200);
        AuditVerification verdict = verify(null);
        assertThat(verdict.valid()).as(verdict.reason()).isTrue();
    }

    @Test
    void shouldRaiseNoFalseAlarmWhenVerifyingDuring200ConcurrentAppends() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<AuditVerification> alarms = new ArrayList<>();
        try {
            List<Future<?>> appends = IntStream.range(0, 200).<Future<?>>mapToObj(i -> pool.submit(() ->
                    trail.append("tester", "concurrent", "n=" + i, null, "ok"))).toList();
            int verified = 0;
            while (verified == 0 || appends.stream().anyMatch(append -> !append.isDone())) {
                AuditVerification verdict = verifier.verify(null);
                if (!verdict.valid()) {
                    alarms.add(verdict);
                }
                verified++;
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(alarms).isEmpty();
        assertThat(verifier.verify(null).valid()).isTrue();
    }

    @Test
    void shouldDetectAnEditedRow() {
        AuditEntry row = appendSome(3).get(1);
        try {
            jdbc.update("update audit_log set detail = '{\"filter\":{}}' where id = ?", row.id());

            AuditVerification verdict = verify(null);

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.firstBadRow()).isEqualTo(row.id());
            assertThat(verdict.reason()).contains("changed");
        } finally {
            jdbc.update("update audit_log set detail = ? where id = ?", row.detail(), row.id());
        }
        assertThat(verify(null).valid()).isTrue();
    }

    @Test
    void shouldDetectARowDeletedInTheMiddle() {
        AuditEntry row = appendSome(3).get(1);
        try {
            jdbc.update("delete from audit_log where id = ?", row.id());

            AuditVerification verdict = verify(null);

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.firstBadRow()).isEqualTo(row.id());
            assertThat(verdict.reason()).contains("missing");
        } finally {
            insert(row);
        }
        assertThat(verify(null).valid()).isTrue();
    }

    @Test
    void shouldDetectTruncationAgainstAnExportedHead() {
        List<AuditEntry> rows = appendSome(3);
        Map<?, ?> head = http.get().uri("/api/audit/head").retrieve().body(Map.class);
        String exported = (String) head.get("export");
        AuditEntry keptLast = rows.get(0);
        try {
            // a careful intruder removes the newest rows and moves the head back: the chain left is valid
            jdbc.update("delete from audit_log where id > ?", keptLast.id());
            jdbc.update("update audit_head set row_id = ?, hash = ?", keptLast.id(), keptLast.hash());
            assertThat(verify(null).valid()).isTrue();

            AuditVerification verdict = verify(exported);

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("truncated");
        } finally {
            rows.subList(1, rows.size()).forEach(this::insert);
            AuditEntry last = rows.get(rows.size() - 1);
            jdbc.update("update audit_head set row_id = ?, hash = ?", last.id(), last.hash());
        }
        assertThat(verify(exported).valid()).isTrue();
    }

    @Test
    void shouldDetectAnEditedRowWhoseChainWasRecomputedAgainstAnExportedHead() {
        List<AuditEntry> rows = appendSome(3);
        String exported = (String) http.get().uri("/api/audit/head").retrieve().body(Map.class).get("export");
        try {
            // an intruder who knows the algorithm edits a row and rehashes everything after it
            String prev = rows.get(0).prevHash();
            for (AuditEntry row : rows) {
                AuditEntry forged = new AuditEntry(row.id(), row.at(), row.actor(), row.action(), row.target(),
                        row == rows.get(0) ? "forged" : row.detail(), row.outcome(), prev, null);
                String hash = AuditHash.of(prev, forged);
                jdbc.update("update audit_log set detail = ?, prev_hash = ?, hash = ? where id = ?",
                        forged.detail(), prev, hash, row.id());
                jdbc.update("update audit_head set row_id = ?, hash = ?", row.id(), hash);
                prev = hash;
            }
            assertThat(verify(null).valid()).isTrue();

            AuditVerification verdict = verify(exported);

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("exported head");
        } finally {
            for (AuditEntry row : rows) {
                jdbc.update("update audit_log set detail = ?, prev_hash = ?, hash = ? where id = ?",
                        row.detail(), row.prevHash(), row.hash(), row.id());
            }
            AuditEntry last = rows.get(rows.size() - 1);
            jdbc.update("update audit_head set row_id = ?, hash = ?", last.id(), last.hash());
        }
        assertThat(verify(exported).valid()).isTrue();
    }

    private List<AuditEntry> appendSome(int n) {
        return IntStream.range(0, n).mapToObj(i -> trail.append("tester", "POST /api/replays", null,
                "{\"filter\":{\"system\":\"dvcqg\"},\"n\":" + i + "}", "202 Accepted")).toList();
    }

    private void insert(AuditEntry row) {
        jdbc.update("insert into audit_log (id, at, actor, action, target, detail, outcome, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.id(), Timestamp.from(row.at()), row.actor(),
                row.action(), row.target(), row.detail(), row.outcome(), row.prevHash(), row.hash());
    }

    private AuditVerification verify(String head) {
        return as(TestUsers.VIEWER).get().uri(head == null ? "/api/audit/verify" : "/api/audit/verify?head=" + head)
                .retrieve().body(AuditVerification.class);
    }
}
