package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Identifiers;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.failures.FlowFailure;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SyncQueue;

/**
 * Publishes verifications: writes each back to the province (POST .../verifications, idempotent) and queues
 * the dossier's current state again through the normal delivery path, which pushes it only if its HoSo
 * changed (DSKetNoiCSDL gained a database); a dossier pushed after its look-ups already had them.
 */
@Component
public class VerificationPublisher {

    private static final Logger log = LoggerFactory.getLogger(VerificationPublisher.class);

    private final JdbcTemplate jdbc;
    private final ProvincialClient province;
    private final SyncQueue queue;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final LookupsSettings settings;
    private final FailedSyncStore failures;

    public VerificationPublisher(JdbcTemplate jdbc, ProvincialClient province, SyncQueue queue, CircuitBreakers breakers,
            RetryAfterGate retryAfter, LookupsSettings settings, FailedSyncStore failures) {
        this.failures = failures;
        this.jdbc = jdbc;
        this.province = province;
        this.queue = queue;
        this.breakers = breakers;
        this.retryAfter = retryAfter;
        this.settings = settings;
    }

    public List<Unpublished> take() {
        if (breakers.isOpen(ProvincialClient.SYSTEM) || retryAfter.isHeld(ProvincialClient.SYSTEM)) {
            return List.of();
        }
        return jdbc.query("""
                select code, source, result, mismatched_fields, reference,
                       to_char(checked_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+07:00"'),
                       written_back_at is null, repushed_at is null
                  from verification_result where written_back_at is null or repushed_at is null
                 order by checked_at limit ?""",
                (rs, i) -> new Unpublished(rs.getString(1), rs.getString(2), rs.getString(3),
                        Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getBoolean(8), false, null, null),
                settings.publishBatchSize());
    }

    /** One verification: written back if not yet, and the dossier's current state fetched to queue again. */
    public Unpublished publish(Unpublished item) {
        String refused = null;
        if (item.needsWriteBack()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("source", item.source());
            body.put("result", item.result());
            body.put("mismatchedFields", item.mismatchedFields());
            body.put("checkedAt", item.checkedAt());
            body.put("reference", item.reference());
            refused = province.recordVerification(item.code(), body);
        }
        JsonNode current = item.needsRepush() ? province.dossier(item.code()).orElse(null) : null;
        return item.done(true, current, refused);
    }

    /** The province failed (transiently): nothing published, the verification stays for the next round. */
    public Unpublished notPublished(Exchange exchange) {
        Unpublished item = exchange.getMessage().getBody(Unpublished.class);
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        log.debug("Verification of {} not published yet: {}", item.code(), error == null ? "circuit open" : error.getMessage());
        return item;
    }

    /** Queues the dossiers again (one broker transaction), then notes what was published. */
    public void finish(List<Unpublished> items) {
        Map<String, QueuedDossier> again = new LinkedHashMap<>();
        List<FlowFailure> refused = new ArrayList<>();
        for (Unpublished item : items) {
            if (item.current() != null && item.current().path("version").canConvertToLong()) {
                again.put(item.code(), new QueuedDossier(item.code(), item.current().path("version").asLong(),
                        item.current().toString(), 1));
            }
            if (item.refusal() != null) {
                log.warn("The province refused the {} verification of {}: {}", item.source(), item.code(), masked(item.refusal()));
                refused.add(new FlowFailure(ProvincialClient.SYSTEM, VerificationRecorder.FLOW, "write-back-" + item.source(),
                        "province-refused", LookupReasons.WRITE_BACK_REFUSED.reason("verifications: the province refused the "
                                + item.source() + " result (" + masked(item.refusal()) + ")", item.source(),
                                masked(item.refusal())), item.code(), 0, null, item.toString()));
            }
        }
        failures.recordFlowFailures(refused);
        queue.sendAgain(List.copyOf(again.values()));
        List<Unpublished> written = items.stream().filter(Unpublished::writtenBack).toList();
        if (written.isEmpty()) {
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) con -> {
            Array codes = VerificationTasks.text(con, written, Unpublished::code);
            Array sources = VerificationTasks.text(con, written, Unpublished::source);
            Array references = VerificationTasks.text(con, written, Unpublished::reference);
            var s = con.prepareStatement("""
                    update verification_result r set written_back_at = coalesce(r.written_back_at, now()),
                        repushed_at = coalesce(r.repushed_at, now())
                      from unnest(?::text[], ?::text[], ?::text[]) as t(c, s, ref)
                     where r.code = t.c and r.source = t.s and r.reference = t.ref""");
            s.setArray(1, codes);
            s.setArray(2, sources);
            s.setArray(3, references);
            return s.executeUpdate();
        });
    }

    static String masked(String text) {
        return text == null ? null : text.replaceAll("\\d{9,}", Identifiers.mask("000000000"));
    }
}
