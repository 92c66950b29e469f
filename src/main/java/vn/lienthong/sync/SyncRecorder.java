package vn.lienthong.sync;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records every outcome of a batch in one database transaction, before the batch is acknowledged. */
@Component
public class SyncRecorder {

    private final SyncVersions versions;
    private final SyncLedger ledger;
    private final FailedSyncStore failures;
    private final SyncMetrics metrics;

    public SyncRecorder(SyncVersions versions, SyncLedger ledger, FailedSyncStore failures, SyncMetrics metrics) {
        this.versions = versions;
        this.ledger = ledger;
        this.failures = failures;
        this.metrics = metrics;
    }

    /** Outdated and invalid versions are settled before anything is sent. */
    @Transactional
    public DeliveryPlan recordPlan(DeliveryPlan plan) {
        metrics.superseded(versions.decide(plan.superseded(), "superseded"));
        recordFailures(plan.rejections());
        return plan;
    }

    @Transactional
    public ChunkOutcome recordChunk(ChunkOutcome outcome) {
        ledger.recordDelivered(outcome.delivered());
        metrics.delivered(versions.decide(outcome.delivered().stream().map(d -> d.delivery().source()).toList(),
                "delivered"));
        failures.resolveOlderThan(outcome.delivered());
        recordFailures(outcome.rejections());
        return outcome;
    }

    private void recordFailures(List<Rejection> rejections) {
        failures.record(rejections);
        // a refused handling step leaves the dossier itself delivered
        List<QueuedDossier> failedVersions = rejections.stream()
                .filter(r -> !Rejection.STAGE_PROGRESS.equals(r.stage()))
                .map(Rejection::source).toList();
        versions.decide(failedVersions, "failed");
        rejections.stream().map(Rejection::stage).distinct().forEach(stage -> metrics.failed(stage,
                (int) rejections.stream().filter(r -> r.stage().equals(stage)).count()));
    }
}
