package vn.lienthong.reconcile.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The dossiers of a run that are not plainly in agreement, a batch at a time: confirmed one by one (side
 * by side), counted, stored, and the repairable ones re-synced unless the run is a dry run. A batch is
 * settled in the background while the merge gathers the next; at most one is in flight.
 */
final class FindingBatch {

    private final long runId;
    private final boolean dryRun;
    private final RunProgress progress;
    private final FindingBatches parts;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<Classifier.Result> results = new ArrayList<>();
    private long confirmNanos;
    private long repairNanos;
    private long storeNanos;
    private long waitNanos;
    private Future<?> inFlight;

    FindingBatch(long runId, boolean dryRun, RunProgress progress, FindingBatches parts) {
        this.runId = runId;
        this.dryRun = dryRun;
        this.progress = progress;
        this.parts = parts;
    }

    int add(Comparison comparison, Classifier.Result result) {
        comparisons.add(comparison);
        results.add(result);
        return comparisons.size();
    }

    /** Hands the batch gathered so far to the background, once the one before is settled. */
    void settle() {
        if (comparisons.isEmpty()) {
            return;
        }
        List<Comparison> batch = List.copyOf(comparisons);
        List<Classifier.Result> verdicts = List.copyOf(results);
        comparisons.clear();
        results.clear();
        awaitInFlight();
        inFlight = parts.settler().submit(() -> settle(batch, verdicts));
    }

    /** Settles what is left and waits for it; a failure of any batch ends the run here. */
    void finish() {
        settle();
        awaitInFlight();
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reconciliation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
            waitNanos += System.nanoTime() - t0;
        }
    }

    private void settle(List<Comparison> batch, List<Classifier.Result> verdicts) {
        long t0 = System.nanoTime();
        List<Finding> findings = parts.inParallel(batch.size(), i -> parts.confirmation().confirm(batch.get(i), verdicts.get(i)));
        List<Finding> notAgreeing = new ArrayList<>();
        for (Finding finding : findings) {
            progress.counted(finding.kind());
            if (finding.kind() != FindingKind.AGREEMENT) {
                notAgreeing.add(finding);
            }
        }
        long t1 = System.nanoTime();
        Map<String, String> repairs = repair(notAgreeing);
        long t2 = System.nanoTime();
        parts.findings().save(runId, notAgreeing, repairs);
        confirmNanos += t1 - t0;
        repairNanos += t2 - t1;
        storeNanos += System.nanoTime() - t2;
    }

    private Map<String, String> repair(List<Finding> found) {
        Map<String, String> repairs = new HashMap<>();
        List<Finding> candidates = found.stream().filter(f -> f.kind().repairable()).toList();
        if (dryRun) {
            candidates.forEach(f -> repairs.put(f.code(), Finding.REPAIR_DRY_RUN));
            return repairs;
        }
        // a version already waiting on the broker is on its way: re-syncing it would only do the work twice
        Map<String, Long> queued = parts.repairs().queuedVersions(candidates.stream().map(Finding::code).toList());
        List<Finding> repairable = new ArrayList<>();
        for (Finding f : candidates) {
            if (queued.getOrDefault(f.code(), -1L) >= f.comparison().province().version()) {
                repairs.put(f.code(), Finding.REPAIR_IN_FLIGHT);
            } else {
                repairable.add(f);
            }
        }
        List<Optional<String>> records = parts.inParallel(repairable.size(), i -> parts.repairs().record(repairable.get(i)));
        List<Finding> toQueue = new ArrayList<>();
        for (int i = 0; i < repairable.size(); i++) {
            Finding f = repairable.get(i);
            if (records.get(i).isPresent()) {
                toQueue.add(new Finding(f.comparison(), f.kind(), f.detail(), records.get(i).get()));
                repairs.put(f.code(), Finding.REPAIR_QUEUED);
            } else {
                repairs.put(f.code(), "not-possible"); // gone from the province since the export listed it
            }
        }
        parts.repairs().queue(toQueue, runId);
        progress.repaired(toQueue.size());
        return repairs;
    }

    long confirmMillis() {
        return confirmNanos / 1_000_000;
    }

    long repairMillis() {
        return repairNanos / 1_000_000;
    }

    long storeMillis() {
        return storeNanos / 1_000_000;
    }

    long waitMillis() {
        return waitNanos / 1_000_000;
    }

}
