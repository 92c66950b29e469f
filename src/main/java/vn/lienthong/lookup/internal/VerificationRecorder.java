package vn.lienthong.lookup.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.failures.FlowFailure;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryLines;

/**
 * Records a batch of look-up outcomes in one transaction: verifications into the ledger (verification_result)
 * and their task done; transient failures back in the table after their back-off (or Retry-After); refusals
 * no retry fixes into failed_sync with their reason, flow {@value #FLOW}.
 */
@Component
public class VerificationRecorder {

    public static final String FLOW = "verification";
    private static final Logger log = LoggerFactory.getLogger(VerificationRecorder.class);

    private final JdbcTemplate jdbc;
    private final FailedSyncStore failures;
    private final RetryAfterGate retryAfter;
    private final LookupsSettings settings;
    private final DossierEvents story;

    public VerificationRecorder(JdbcTemplate jdbc, FailedSyncStore failures, RetryAfterGate retryAfter,
            LookupsSettings settings, DossierEvents story) {
        this.story = story;
        this.jdbc = jdbc;
        this.failures = failures;
        this.retryAfter = retryAfter;
        this.settings = settings;
    }

    @Transactional
    public void record(List<LookupOutcome> outcomes) {
        List<LookupOutcome> verified = outcomes.stream().filter(o -> o.kind() == LookupOutcome.Kind.VERIFIED).toList();
        recordVerified(verified);
        story.record(verified.stream().map(VerificationRecorder::storyLine).toList());
        List<Object[]> later = new ArrayList<>();
        List<FlowFailure> refused = new ArrayList<>();
        for (LookupOutcome o : outcomes) {
            VerificationTask t = o.task();
            switch (o.kind()) {
                case TRANSIENT -> {
                    Duration honoured = retryAfter.holdOff(t.source().system(), o.retryAfter());
                    later.add(new Object[] {backoff(o, honoured).toMillis() + " milliseconds", 0, o.reason().text(),
                            o.reason().code(), o.reason().argsJson(), t.code(), t.source().system()});
                }
                case NOT_TRIED -> later.add(new Object[] {"0 seconds", 1, o.reason().text(), o.reason().code(),
                        o.reason().argsJson(), t.code(), t.source().system()});
                case PERMANENT -> refused.add(new FlowFailure(t.source().system(), FLOW, stage(t.source()),
                        "lookup-refused", o.reason().withText(t.source().system() + ": " + o.reason().text()), t.code(), t.version(), null, t.record()));
                default -> { }
            }
        }
        jdbc.batchUpdate("""
                update verification_task set next_attempt_at = now() + ?::interval, attempts = attempts - ?, last_error = ?,
                       last_error_code = ?, last_error_args = ?::json
                 where code = ? and source = ?""", later);
        failures.recordFlowFailures(refused);
        jdbc.batchUpdate("delete from verification_task where code = ? and source = ?",
                refused.stream().map(f -> new Object[] {f.code(), f.system()}).toList());
        if (!refused.isEmpty()) {
            log.error("{} look-ups refused for good, kept in failed_sync (flow {}): {}", refused.size(), FLOW,
                    refused.get(0).reason().text());
        }
    }

    private void recordVerified(List<LookupOutcome> verified) {
        if (verified.isEmpty()) {
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) con -> {
            var s = con.prepareStatement("""
                    insert into verification_result (code, source, version, fingerprint, result, mismatched_fields,
                                                     reference, checked_at)
                    select c, s, v, f, r, coalesce(string_to_array(nullif(m, ''), ','), '{}'), ref, at::timestamptz
                      from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as t(c, s, v, f, r, m, ref, at)
                    on conflict (code, source) do update set version = excluded.version, fingerprint = excluded.fingerprint,
                        result = excluded.result, mismatched_fields = excluded.mismatched_fields,
                        reference = excluded.reference, checked_at = excluded.checked_at,
                        written_back_at = null, repushed_at = null, repush_version = null""");
            s.setArray(1, VerificationTasks.text(con, verified, o -> o.task().code()));
            s.setArray(2, VerificationTasks.text(con, verified, o -> o.task().source().system()));
            s.setArray(3, con.createArrayOf("bigint", verified.stream().map(o -> o.task().version()).toArray()));
            s.setArray(4, VerificationTasks.text(con, verified, o -> o.task().fingerprint()));
            s.setArray(5, VerificationTasks.text(con, verified, o -> o.verification().result().wire()));
            s.setArray(6, VerificationTasks.text(con, verified, o -> String.join(",", o.verification().mismatchedFields())));
            s.setArray(7, VerificationTasks.text(con, verified, o -> o.verification().reference()));
            s.setArray(8, VerificationTasks.text(con, verified, o -> o.verification().checkedAt().toString()));
            s.executeUpdate();
            return 0;
        });
        // a task whose applicant changed while it was looked up stays, for the new applicant
        jdbc.batchUpdate("delete from verification_task where code = ? and source = ? and fingerprint = ?",
                verified.stream().map(o -> new Object[] {o.task().code(), o.task().source().system(), o.task().fingerprint()})
                        .toList());
        failures.resolveFlow(FLOW, verified.stream().map(o -> stage(o.task().source())).toList(),
                verified.stream().map(o -> o.task().code()).toList());
    }

    /** The failed_sync stage of a refused look-up: {@code <system>-lookup}; its record key is the dossier code. */
    public static String stage(LookupSource source) {
        return source.system() + "-lookup";
    }

    /** "verified: population match", or "... mismatch on fullname, birthDate", for the dossier's story. */
    private static DossierEvent storyLine(LookupOutcome o) {
        Verification v = o.verification();
        String system = o.task().source().system();
        String fields = String.join(", ", v.mismatchedFields());
        String text = system + " " + v.result().wire() + (fields.isEmpty() ? "" : " on " + fields);
        Reason line = switch (v.result()) {
            case MATCH -> StoryLines.VERIFIED_MATCH.reason(text, system);
            case MISMATCH -> StoryLines.VERIFIED_MISMATCH.reason(text, system, fields);
            case NOT_FOUND -> StoryLines.VERIFIED_NOT_FOUND.reason(text, system);
        };
        return new DossierEvent(o.task().code(), o.task().version(), "verified", line);
    }

    /** The Retry-After honoured when the system named one, else exponential from the initial back-off up to the maximum. */
    private Duration backoff(LookupOutcome o, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        Duration d = settings.initialBackoff().multipliedBy(1L << Math.min(o.task().attempts(), 16));
        return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
    }
}
