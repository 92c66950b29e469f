package vn.lienthong.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.ops.FlowReplayer;
import vn.lienthong.ops.OpsProperties;
import vn.lienthong.ops.ReplayPlan;
import vn.lienthong.ops.ReplayReasons;
import vn.lienthong.ops.Resend;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.GaveUp;
import vn.lienthong.platform.PatientCalls;
import vn.lienthong.platform.Patience;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.TransientFailure;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryLines;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SendAgain;

/**
 * Replays failed dossier syncs through the normal delivery path: back on the broker queue, where the planner,
 * the ledger and the portal's circuit breaker treat them like any version. A failure in the data is re-read at
 * the provincial system first (the province may have fixed it; a fix is a newer version, sent under its own
 * key); any other failure resends the stored record through {@link SendAgain}, under a replay duplicate id.
 */
@Component
public class DossierReplayer implements FlowReplayer {

    /** The dossier sync's name in failed_sync. */
    public static final String FLOW = "dossier-sync";

    private final ProvincialClient province;
    private final PatientCalls calls;
    private final SendAgain sendAgain;
    private final ReplayedVersions versions;
    private final DossierEvents events;
    private final List<String> rereadReasonClasses;
    private final Duration giveUpAfter;

    public DossierReplayer(ProvincialClient province, PatientCalls calls, SendAgain sendAgain,
            ReplayedVersions versions, DossierEvents events, OpsProperties properties) {
        this.province = province;
        this.calls = calls;
        this.sendAgain = sendAgain;
        this.versions = versions;
        this.events = events;
        this.rereadReasonClasses = properties.replay().rereadReasonClasses();
        this.giveUpAfter = properties.replay().giveUpAfter();
    }

    @Override
    public String flow() {
        return FLOW;
    }

    @Override
    public List<ReplayPlan> plan(List<FailedRecord> failures) {
        List<ReplayPlan> plans = new ArrayList<>(failures.size());
        Patience patience = calls.patience(giveUpAfter);
        for (FailedRecord failure : failures) {
            if (Rejection.STAGE_READ.equals(failure.stage())) {
                plans.add(ReplayPlan.skip(failure, "resend", ReplayReasons.UNREADABLE_MESSAGE.reason("a queue message "
                        + "the gateway could not read is not sent again: its escaped bytes are kept for a person; "
                        + "the province's feed carries the dossier")));
            } else if (Rejection.STAGE_PROGRESS.equals(failure.stage())) {
                plans.add(ReplayPlan.skip(failure, "resend", ReplayReasons.REFUSED_STEP.reason("a refused handling step "
                        + "is not sent again: the portal identifies steps by time and has later ones; the next "
                        + "version carries the dossier on")));
            } else if (failure.code() != null && rereadReasonClasses.contains(failure.reasonClass())) {
                plans.add(reread(failure, patience));
            } else {
                plans.add(resend(failure, "resend", failure.record(),
                        ReplayReasons.STORED_RESENT.reason("the stored record is sent again")));
            }
        }
        return plans;
    }

    /**
     * A source that is down is waited out; one that stays down past give-up-after fails the whole replay (tried
     * again at the job's next poll); a refusal for this record skips it.
     */
    private ReplayPlan reread(FailedRecord failure, Patience patience) {
        Optional<JsonNode> current;
        try {
            current = calls.call(ProvincialClient.SYSTEM, patience, () -> province.dossier(failure.code()));
        } catch (TransientFailure | CallNotPermittedException | ConfigurationFailure | GaveUp e) {
            throw e;
        } catch (RuntimeException e) {
            return ReplayPlan.skip(failure, "reread", ReplayReasons.REREAD_REFUSED.reason(
                    "the provincial system refused the re-read: " + e.getMessage(), String.valueOf(e.getMessage())));
        }
        if (current.isEmpty()) {
            return ReplayPlan.skip(failure, "reread", ReplayReasons.GONE_AT_SOURCE.reason(
                    "the provincial system no longer has dossier " + failure.code(), failure.code()));
        }
        QueuedDossier now = DossierIntake.identify(current.get());
        long failed = failure.version() == null ? 0 : failure.version();
        if (!now.code().equals(failure.code()) || now.version() < failed) {
            return resend(failure, "reread", failure.record(),
                    ReplayReasons.OLDER_AT_SOURCE.reason(
                            "the source answered an older or unidentifiable copy: the stored record is sent again"));
        }
        if (now.version() == failed) {
            return resend(failure, "reread", now.raw(),
                    ReplayReasons.REREAD_SAME_VERSION.reason("re-read at the source, version " + failed, failed));
        }
        if (versions.known(now)) {
            return new ReplayPlan(failure, "reread", ReplayPlan.Action.NEWER_KNOWN, now.key(), null,
                    ReplayReasons.NEWER_PULLED.reason("the source has version " + now.version()
                            + ", already pulled; it follows the normal flow", now.version()));
        }
        return new ReplayPlan(failure, "reread", ReplayPlan.Action.NEW_VERSION, now.key(), now.raw(),
                ReplayReasons.NEWER_QUEUED.reason("re-read at the source: version " + now.version() + " queued",
                        now.version()));
    }

    private static ReplayPlan resend(FailedRecord failure, String mode, String raw, Reason detail) {
        return new ReplayPlan(failure, mode, ReplayPlan.Action.RESEND, failure.recordKey(), raw, detail);
    }

    @Override
    public void prepare(List<Resend> resends) {
        List<QueuedDossier> fresh = new ArrayList<>();
        List<QueuedDossier> again = new ArrayList<>();
        for (Resend resend : resends) {
            (resend.newVersion() ? fresh : again).add(toQueued(resend));
        }
        versions.pulled(fresh);
        sendAgain.prepare(again);
        events.record(fresh.stream().map(q -> DossierEvent.of(q.code(), q.version(), DossierEvent.Kind.PULLED,
                StoryLines.RE_READ.reason("re-read at the provincial system by a replay"))).toList());
    }

    @Override
    public void send(List<Resend> resends) {
        Map<QueuedDossier, String> duplicateIds = new IdentityHashMap<>();
        List<QueuedDossier> items = new ArrayList<>(resends.size());
        for (Resend resend : resends) {
            QueuedDossier item = toQueued(resend);
            duplicateIds.put(item, resend.duplicateId());
            items.add(item);
        }
        sendAgain.sendPrepared(items, duplicateIds::get);
    }

    /** A new version re-read at the source travels as the feed's would; a failed one is sent again under its attempt. */
    private static QueuedDossier toQueued(Resend resend) {
        int colon = resend.key().lastIndexOf(':');
        String code = resend.key().substring(0, colon);
        long version = Long.parseLong(resend.key().substring(colon + 1));
        return resend.newVersion() ? new QueuedDossier(code, version, resend.payload(), 1)
                : QueuedDossier.sentAgain(SendAgain.Cause.REPLAY, "replay-" + resend.attemptId(), code, version,
                        resend.payload());
    }
}
