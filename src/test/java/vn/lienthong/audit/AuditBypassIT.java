package vn.lienthong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.audit.internal.ActionAudit;

/**
 * An operator's action cannot escape the audit log: whatever the spelling of its path, its method or the bytes of
 * its body, it is either recorded or refused; and when the log cannot record it, it is refused and has no effect.
 * Requests go out byte for byte as written (java.net.http), so nothing re-encodes the path on the way.
 */
class AuditBypassIT extends GatewayIntegrationTest {

    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405, 503);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    record Sent(int status, List<AuditEntry> rows) {
    }

    @AfterEach
    void resumeDelivery() {
        jdbc.update("delete from system_pause where system = 'dvcqg' and what = 'delivery'");
    }

    @Test
    void shouldAuditAnActionSentThroughAnEncodedPath() {
        Sent sent = send("POST", "/%61pi/systems/dvcqg/pause?what=delivery", "application/json", "{}".getBytes());

        assertThat(sent.status()).isEqualTo(200);
        assertThat(deliveryPaused()).isTrue();
        assertThat(sent.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo(TestUsers.OPERATOR);
            assertThat(row.action()).startsWith("POST /api/systems/dvcqg/pause").contains("/%61pi/");
            assertThat(row.target()).isEqualTo("what=delivery");
        });
    }

    @Test
    void shouldAuditAConsoleFormPostSentThroughAnEncodedPath() {
        Sent sent = send("POST", "/%63onsole/systems/dvcqg/pause", "application/x-www-form-urlencoded",
                "what=delivery".getBytes());

        assertThat(sent.status()).isEqualTo(302);
        assertThat(deliveryPaused()).isTrue();
        assertThat(sent.rows()).isNotEmpty().allSatisfy(row ->
                assertThat(row.action()).startsWith("POST /console/systems/dvcqg/pause"));
        assertThat(sent.rows().get(0).detail()).isEqualTo("what=delivery");
    }

    @Test
    void shouldStoreABodyWithANulByteEscaped() {
        jdbc.update("insert into system_pause (system, what, paused_by) values ('dvcqg', 'delivery', 'test')");

        Sent sent = send("POST", "/api/systems/dvcqg/resume?what=delivery", "text/plain", new byte[] {0});

        assertThat(sent.status()).isEqualTo(200);
        assertThat(deliveryPaused()).isFalse();
        assertThat(sent.rows()).isNotEmpty();
        assertThat(sent.rows().get(0).action()).isEqualTo("POST /api/systems/dvcqg/resume");
        assertThat(sent.rows().get(0).detail()).isEqualTo("[escaped] \\x00");
    }

    @Test
    void shouldStoreABodyOfInvalidUtf8EscapedByteForByte() {
        byte[] body = {'o', 'k', ' ', (byte) 0xC3, '(', (byte) 0xFF, '\\', 'n'};

        Sent sent = send("POST", "/api/systems/dvcqg/pause?what=delivery", "text/plain", body);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.rows()).isNotEmpty();
        assertThat(sent.rows().get(0).detail()).isEqualTo("[escaped] ok \\xc3(\\xff\\\\n");
    }

    @Test
    void shouldCutATenMegabyteBodyWithAMarkerAndStillHandItWholeToTheHandler() {
        byte[] start = "{\"dryRun\":true,\"padding\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[10 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';

        Sent sent = send("POST", "/api/replays", "application/json", body);

        assertThat(sent.status()).isEqualTo(200); // a dry run: the handler parsed the whole JSON
        String detail = sent.rows().get(0).detail();
        assertThat(detail).startsWith("{\"dryRun\":true,\"padding\":\"aaaa").endsWith("… [cut: " + body.length + " bytes in all]");
        assertThat(detail.length()).isLessThan(ActionAudit.BODY_BYTES + 100);
    }

    @Test
    void shouldAuditOrRefuseEveryMethodOnAnActionPath() {
        for (String path : List.of("/api/systems/dvcqg/pause?what=delivery", "/console/systems/dvcqg/pause?what=delivery")) {
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")) {
                auditedOrRefused(method, path, path.substring(0, path.indexOf('?')));
                resumeDelivery();
            }
        }
    }

    @Test
    void shouldAuditOrRefuseOtherSpellingsOfAnActionPath() {
        for (String path : List.of("/api/systems/dvcqg/pause/?what=delivery", "/API/systems/dvcqg/pause?what=delivery",
                "/api/Systems/dvcqg/pause?what=delivery", "/api/systems/dvcqg/pause;jsessionid=x?what=delivery",
                "/api;x=y/systems/dvcqg/pause?what=delivery", "/api/systems/dvcqg/%70ause?what=delivery",
                "/%61%70%69/systems/dvcqg/pause?what=delivery", "//api/systems/dvcqg/pause?what=delivery",
                "/api/./systems/dvcqg/pause?what=delivery", "/api/systems/dvcqg/pause.json?what=delivery",
                "/console/../api/systems/dvcqg/pause?what=delivery")) {
            auditedOrRefused("POST", path, "/api/systems/dvcqg/pause");
            resumeDelivery();
        }
    }

    @Test
    void shouldRefuseAnActionWhoseAuditRowCannotBeWritten() {
        jdbc.execute("create function audit_refuse() returns trigger language plpgsql as"
                + " $$ begin raise exception 'the audit log refuses rows (test)'; end $$");
        jdbc.execute("create trigger audit_refuse before insert on audit_log for each row execute function audit_refuse()");
        try {
            Sent api = send("POST", "/api/systems/dvcqg/pause?what=delivery", "application/json", "{}".getBytes());
            Sent console = send("POST", "/console/systems/dvcqg/pause", "application/x-www-form-urlencoded",
                    "what=delivery".getBytes());

            assertThat(api.status()).isEqualTo(503);
            assertThat(console.status()).isEqualTo(503);
            assertThat(deliveryPaused()).isFalse();
        } finally {
            jdbc.execute("drop trigger audit_refuse on audit_log");
            jdbc.execute("drop function audit_refuse()");
        }
    }

    /** A 2xx or 3xx answer must have left an audit row of the action; anything else must be a refusal with no effect. */
    private void auditedOrRefused(String method, String rawPath, String actionPath) {
        Sent sent = send(method, rawPath, "application/json", "{}".getBytes());

        if (REFUSALS.contains(sent.status())) {
            assertThat(deliveryPaused()).as("%s %s refused with %d but paused", method, rawPath, sent.status()).isFalse();
        } else {
            assertThat(sent.status()).as("%s %s", method, rawPath).isBetween(200, 399);
            assertThat(sent.rows()).as("%s %s answered %d without an audit row", method, rawPath, sent.status())
                    .anySatisfy(row -> assertThat(row.action()).startsWith(method + " " + actionPath));
        }
    }

    private Sent send(String method, String rawPath, String contentType, byte[] body) {
        long before = lastRow();
        HttpRequest.BodyPublisher publisher = method.equals("GET") || method.equals("HEAD")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        String credentials = TestUsers.OPERATOR + ":" + TestUsers.password(TestUsers.OPERATOR);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + rawPath))
                .method(method, publisher).header("Content-Type", contentType).header("X-Requested-By", "lienthong-tests")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Sent(status, new ArrayList<>(jdbc.query("select * from audit_log where id > ? order by id",
                    AuditTrail::entry, before)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long lastRow() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    private boolean deliveryPaused() {
        return jdbc.queryForObject("select count(*) from system_pause where system = 'dvcqg' and what = 'delivery'",
                Integer.class) > 0;
    }
}
