package vn.lienthong.ops.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.failures.FailureReplays;
import vn.lienthong.ops.OpsProperties;
import vn.lienthong.ops.ReplayOutcome;
import vn.lienthong.ops.ReplayPlan;
import vn.lienthong.ops.ReplayReasons;
import vn.lienthong.ops.Resend;
import vn.lienthong.platform.Reason;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryLines;

/**
 * Records replays inside the replay's transaction: the failure's side through {@link FailureReplays} (an attempt
 * holding the record until it is sent, the new status and replay count), the job's items and progress, and a
 * line in each dossier's story.
 */
@Component
public class ReplayRecorder {

    private final JdbcTemplate jdbc;
    private final FailureReplays failures;
    private final DossierEvents events;
    private final int loopGuardReplays;

    ReplayRecorder(JdbcTemplate jdbc, FailureReplays failures, DossierEvents events, OpsProperties properties) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.events = events;
        this.loopGuardReplays = properties.loopGuardReplays();
    }

    public record Recorded(List<ReplayOutcome> outcomes, List<Resend> resends) {
    }

    public Recorded record(List<ReplayPlan> plans, String actor, Long jobId) {
        Set<Long> pending = jobId == null ? null : pendingItems(jobId, plans);
        List<ReplayOutcome> outcomes = new ArrayList<>();
        List<Resend> resends = new ArrayList<>();
        List<DossierEvent> story = new ArrayList<>();
        int done = 0;
        int skipped = 0;
        for (ReplayPlan plan : plans) {
            FailedRecord failure = plan.failure();
            if (pending != null && !pending.contains(failure.id())) {
                continue; // the job was cancelled, or another instance took this item
            }
            String status = failures.lockStatus(failure.id());
            ReplayPlan effective = "resolved".equals(status)
                    ? ReplayPlan.skip(failure, plan.mode(), ReplayReasons.ALREADY_RESOLVED.reason(
                            "already resolved: a newer version reached its target"))
                    : failure.record().isEmpty()
                    ? ReplayPlan.skip(failure, plan.mode(),
                            ReplayReasons.RECORD_ERASED.reason("its record was erased after its retention")) : plan;
            ReplayOutcome outcome = attempt(effective, actor, jobId, resends);
            outcomes.add(outcome);
            updateFailure(effective);
            boolean sent = effective.action() != ReplayPlan.Action.SKIP;
            if (jobId != null) {
                Reason said = said(effective, outcome.outcome());
                jdbc.update("""
                        update replay_job_item set state = ?, outcome = ?, outcome_code = ?, outcome_args = ?::json
                         where job_id = ? and failure_id = ?""",
                        sent ? "replayed" : "skipped", said.text(), said.code(), said.argsJson(), jobId, failure.id());
            }
            done += sent ? 1 : 0;
            skipped += sent ? 0 : 1;
            if (failure.code() != null) {
                story.add(DossierEvent.of(failure.code(), failure.version(), DossierEvent.Kind.REPLAYED,
                        storyLine(actor, jobId, effective, outcome)));
            }
        }
        if (jobId != null) {
            jdbc.update("update replay_job set done = done + ?, skipped = skipped + ?, updated_at = now() where id = ?",
                    done, skipped, jobId);
        }
        events.record(story);
        return new Recorded(outcomes, resends);
    }

    private Set<Long> pendingItems(long jobId, List<ReplayPlan> plans) {
        String state = jdbc.queryForObject("select state from replay_job where id = ? for update", String.class, jobId);
        if (!"running".equals(state)) {
            return Set.of();
        }
        Long[] ids = plans.stream().map(p -> p.failure().id()).toArray(Long[]::new);
        return new HashSet<>(jdbc.queryForList("""
                select failure_id from replay_job_item where job_id = ? and state = 'pending' and failure_id = any(?)""",
                Long.class, jobId, ids));
    }

    /** "by ops1 (job 7), reread: queued, ...": who replayed, how, and what became of it. */
    private static Reason storyLine(String actor, Long jobId, ReplayPlan plan, ReplayOutcome outcome) {
        String text = "by " + actor + (jobId == null ? "" : " (job " + jobId + ")") + ", " + plan.mode()
                + ": " + outcome.outcome() + ", " + plan.detail().text();
        return jobId == null
                ? StoryLines.REPLAYED.reason(text, actor, plan.mode(), outcome.outcome(), ReplayReasons.nested(plan.detail()))
                : StoryLines.REPLAYED_IN_JOB.reason(text, actor, jobId, plan.mode(), outcome.outcome(),
                        ReplayReasons.nested(plan.detail()));
    }

    private ReplayOutcome attempt(ReplayPlan plan, String actor, Long jobId, List<Resend> resends) {
        long id = failures.newAttemptId();
        boolean newVersion = plan.action() == ReplayPlan.Action.NEW_VERSION;
        String duplicateId = !plan.sends() ? null : newVersion ? plan.resendKey() : plan.resendKey() + ":replay-" + id;
        String outcome = switch (plan.action()) {
            case RESEND -> "queued";
            case NEW_VERSION -> "queued-newer-version";
            case NEWER_KNOWN -> "newer-version-known";
            case SKIP -> "skipped";
        };
        failures.recordAttempt(id, plan.failure().id(), actor, jobId, plan.mode(), said(plan, outcome),
                plan.resendKey(), duplicateId, plan.sends() ? plan.payload() : null);
        if (plan.sends()) {
            resends.add(new Resend(id, plan.resendKey(), duplicateId, plan.payload(), newVersion));
        }
        Reason detail = plan.detail();
        return new ReplayOutcome(plan.failure().id(), plan.mode(), outcome, duplicateId, detail.text(), detail.code(),
                detail.args());
    }

    /** "skipped: its record was erased ...": the outcome with its detail, as stored beside its code. */
    private static Reason said(ReplayPlan plan, String outcome) {
        ReplayReasons code = switch (plan.action()) {
            case RESEND -> ReplayReasons.QUEUED;
            case NEW_VERSION -> ReplayReasons.QUEUED_NEWER_VERSION;
            case NEWER_KNOWN -> ReplayReasons.NEWER_VERSION_KNOWN;
            case SKIP -> ReplayReasons.SKIPPED;
        };
        return code.reason(outcome + ": " + plan.detail().text(), ReplayReasons.nested(plan.detail()));
    }

    private void updateFailure(ReplayPlan plan) {
        switch (plan.action()) {
            case RESEND -> failures.replayed(plan.failure().id(), loopGuardReplays);
            case NEW_VERSION, NEWER_KNOWN -> failures.superseded(plan.failure().id());
            case SKIP -> {
            }
        }
    }

    /** Replays recorded more than a few seconds ago whose record is still not on its way, by flow. */
    public Map<String, List<Resend>> unsent() {
        Map<String, List<Resend>> byFlow = new LinkedHashMap<>();
        for (FailureReplays.Unsent u : failures.unsent()) {
            byFlow.computeIfAbsent(u.flow(), k -> new ArrayList<>()).add(new Resend(u.attemptId(), u.resendKey(),
                    u.duplicateId(), u.payload(), u.resendKey().equals(u.duplicateId())));
        }
        return byFlow;
    }

    public void markSent(List<Resend> resends) {
        failures.markSent(resends.stream().map(Resend::attemptId).toList());
    }
}
