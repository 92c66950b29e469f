package vn.lienthong.reconcile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Makes a run's {@link FindingBatch}, with the collaborators and threads every batch shares. */
@Component
class FindingBatches {

    private final EdgeConfirmation confirmation;
    private final Repairs repairs;
    private final FindingStore findings;
    private final ExecutorService workers;
    private final ExecutorService settler;

    FindingBatches(EdgeConfirmation confirmation, Repairs repairs, FindingStore findings,
            @Qualifier("reconciliationWorkers") ExecutorService workers,
            @Qualifier("reconciliationSettler") ExecutorService settler) {
        this.confirmation = confirmation;
        this.repairs = repairs;
        this.findings = findings;
        this.workers = workers;
        this.settler = settler;
    }

    FindingBatch of(long runId, boolean dryRun, RunProgress progress) {
        return new FindingBatch(runId, dryRun, progress, this);
    }

    EdgeConfirmation confirmation() {
        return confirmation;
    }

    Repairs repairs() {
        return repairs;
    }

    FindingStore findings() {
        return findings;
    }

    ExecutorService settler() {
        return settler;
    }

    /** Calls out for each item side by side on the reconciliation workers; the first failure ends the run. */
    <T> List<T> inParallel(int n, IndexedCall<T> call) {
        List<Callable<T>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            tasks.add(() -> call.apply(index));
        }
        try {
            List<T> results = new ArrayList<>(n);
            for (Future<T> future : workers.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reconciliation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    interface IndexedCall<T> {
        T apply(int index);
    }
}
