package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.dossier.Identifiers;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.failures.FlowFailure;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SendAgain;

/**
 * Publishes verifications: writes each back to the province (POST .../verifications, idempotent) and sends the
 * dossier's current state again through the normal delivery path ({@link SendAgain}), which pushes it only if its
 * HoSo changed (DSKetNoiCSDL gained a database); a dossier pushed after its look-ups already had them. The re-push
 * stays pending (repush_version set, repushed_at not) until the delivery has settled that version: the ledger then
 * holds the HoSo with the database, or a newer version superseded it.
 */
@Component
public class VerificationPublisher {

    private static final Logger log = LoggerFactory.getLogger(VerificationPublisher.class);

    private final JdbcTemplate jdbc;
    private final ProvincialClient province;
    private final SendAgain sendAgain;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final LookupsSettings settings;
    private final FailedSyncStore failures;
    private String confirmedTo = "";

    public VerificationPublisher(JdbcTemplate jdbc, ProvincialClient province, SendAgain sendAgain,
            CircuitBreakers breakers, RetryAfterGate retryAfter, LookupsSettings settings, FailedSyncStore failures) {
        this.failures = failures;
        this.jdbc = jdbc;
        this.province = province;
        this.sendAgain = sendAgain;
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
                       written_back_at is null, repushed_at is null and repush_version is null
                  from verification_result
                 where written_back_at is null or (repushed_at is null and repush_version is null)
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

    /**
     * Sends the dossiers again and notes what was published, in one database transaction that the broker's commit
     * ends: a crash in between leaves the verifications unpublished, so they are published (idempotently) again.
     */
    @Transactional
    public void finish(List<Unpublished> items) {
        String mark = "lookups-" + UUID.randomUUID();
        Map<String, QueuedDossier> again = new LinkedHashMap<>();
        List<FlowFailure> refused = new ArrayList<>();
        for (Unpublished item : items) {
            if (item.current() != null && item.current().path("version").canConvertToLong()) {
                again.put(item.code(), QueuedDossier.sentAgain(SendAgain.Cause.LOOKUPS, mark, item.code(),
                        item.current().path("version").asLong(), item.current().toString()));
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
        List<Unpublished> written = items.stream().filter(Unpublished::writtenBack).toList();
        if (!written.isEmpty()) {
            noteWritten(written, again);
        }
        sendAgain.send(List.copyOf(again.values()));
    }

    /** Written back; re-pushed when nothing was to send again, else pending on the version sent. */
    private void noteWritten(List<Unpublished> written, Map<String, QueuedDossier> again) {
        PgArrays.with(jdbc, a -> jdbc.update("""
                update verification_result r set written_back_at = coalesce(r.written_back_at, now()),
                    repush_version = coalesce(t.v, r.repush_version),
                    repushed_at = case when t.v is null and r.repush_version is null then coalesce(r.repushed_at, now())
                                       else r.repushed_at end
                  from unnest(?::text[], ?::text[], ?::text[], ?::bigint[]) as t(c, s, ref, v)
                 where r.code = t.c and r.source = t.s and r.reference = t.ref""",
                a.text(written, Unpublished::code), a.text(written, Unpublished::source),
                a.text(written, Unpublished::reference), a.bigint(written, u -> sentVersion(u, again))));
    }

    /** The version sent again for this verification, when its re-push is still to do. */
    private static Long sentVersion(Unpublished item, Map<String, QueuedDossier> again) {
        QueuedDossier sent = again.get(item.code());
        return item.needsRepush() && sent != null ? sent.version() : null;
    }

    /**
     * Re-pushes are done once the delivery settled the version they sent (the route asks at each poll). The pending
     * ones are walked a slice at a time in code order, so that some kept pending for long (their version failed at
     * the portal, in failed_sync) never hide the others.
     */
    public synchronized void confirmRepushes() {
        int slice = settings.publishBatchSize();
        List<SendAgain.Sent> pending = jdbc.query("""
                select distinct code, repush_version from verification_result
                 where repushed_at is null and repush_version is not null and code > ? order by code limit ?""",
                (rs, i) -> new SendAgain.Sent(rs.getString(1), rs.getLong(2)), confirmedTo, slice);
        confirmedTo = pending.size() < slice ? "" : pending.get(pending.size() - 1).code();
        Set<SendAgain.Sent> settled = sendAgain.settled(pending);
        if (settled.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                update verification_result r set repushed_at = now()
                  from unnest(?::text[], ?::bigint[]) as t(c, v)
                 where r.code = t.c and r.repush_version = t.v and r.repushed_at is null""",
                a.text(settled, SendAgain.Sent::code), a.bigint(settled, SendAgain.Sent::version)));
    }

    static String masked(String text) {
        return text == null ? null : text.replaceAll("\\d{9,}", Identifiers.mask("000000000"));
    }
}
