package vn.lienthong.sync.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.sync.QueuedDossier;

/** Records outcomes in one database transaction each, before the batch they belong to is acknowledged. */
@Component
public class SyncRecorder {

    private final SyncVersions versions;
    private final SyncLedger ledger;
    private final FailedSyncStore failures;
    private final SyncMetrics metrics;
    private final SyncStory story;

    public SyncRecorder(SyncVersions versions, SyncLedger ledger, FailedSyncStore failures, SyncMetrics metrics,
            SyncStory story) {
        this.versions = versions;
        this.ledger = ledger;
        this.failures = failures;
        this.metrics = metrics;
        this.story = story;
    }

    /**
     * Outdated, already delivered and invalid versions are settled, and the versions to push marked as being sent,
     * before anything is sent.
     */
    @Transactional
    public DeliveryPlan recordPlan(DeliveryPlan plan) {
        ledger.markSending(plan.deliveries().stream().filter(Delivery::push).toList());
        metrics.superseded(versions.decide(plan.superseded(), "superseded"));
        metrics.delivered(versions.decide(plan.alreadyDelivered(), "delivered"));
        recordFailures(plan.rejections());
        story.planned(plan);
        return plan;
    }

    /** Queue messages that are no dossier version the gateway can read: kept before their batch is acknowledged. */
    @Transactional
    void recordUnreadable(List<Rejection> unreadable) {
        recordFailures(unreadable);
    }

    /** What the portal accepted of one batch, even when a later call of the batch failed. */
    @Transactional
    void recordProgress(DeliveryProgress progress) {
        ledger.recordPushed(progress.pushed());
        ledger.recordStepsSent(progress.stepsSentUpTo());
        metrics.delivered(versions.decide(progress.completed(), "delivered"));
        failures.resolveOlderThan(DossierReplayer.FLOW, progress.completed().stream()
                .map(q -> new FailedSyncStore.Version(q.code(), q.version())).toList());
        ledger.unmarkRefused(progress.rejections().stream().filter(r -> Rejection.STAGE_PUSH.equals(r.stage()))
                .map(Rejection::source).toList());
        recordFailures(progress.rejections());
        story.progressed(progress);
    }

    private void recordFailures(List<Rejection> rejections) {
        failures.recordVersioned(DvcqgClient.SYSTEM, DossierReplayer.FLOW, rejections.stream().map(SyncRecorder::failure).toList());
        rejections.stream().collect(Collectors.groupingBy(Rejection::stage)).forEach((stage, group) -> {
            // a refused handling step leaves the dossier itself delivered; a redelivered failure counts once
            int failed = Rejection.STAGE_PROGRESS.equals(stage) ? group.size()
                    : versions.decide(group.stream().map(Rejection::source).toList(), "failed");
            metrics.failed(stage, failed);
        });
    }

    /** A record the gateway could not read has no code: it is kept under its key alone. */
    private static FailedSyncStore.VersionedFailure failure(Rejection r) {
        QueuedDossier source = r.source();
        boolean identified = !source.code().startsWith("#");
        return new FailedSyncStore.VersionedFailure(r.stage(), r.reasonClass(), r.reason(), source.key(),
                identified ? source.code() : null, identified ? source.version() : null, r.procedureCode(), source.raw());
    }
}
