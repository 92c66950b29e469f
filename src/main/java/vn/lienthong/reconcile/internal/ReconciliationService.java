package vn.lienthong.reconcile.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.lienthong.dvcqg.DvcqgSettings;
import vn.lienthong.sync.LedgerQueries;

/**
 * Starts reconciliation runs (on demand or on schedule), one after another on their own thread, and keeps
 * the live progress of the ones not finished.
 */
@Service
public class ReconciliationService {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

    private final Reconciler reconciler;
    private final RunStore runs;
    private final DvcqgSettings portal;
    private final LedgerQueries ledger;
    private final ExecutorService executor;
    private final Map<Long, RunProgress> live = new ConcurrentHashMap<>();

    ReconciliationService(Reconciler reconciler, RunStore runs, DvcqgSettings portal, LedgerQueries ledger,
            @Qualifier("reconciliationRuns") ExecutorService executor) {
        this.reconciler = reconciler;
        this.runs = runs;
        this.portal = portal;
        this.ledger = ledger;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedRuns() {
        int n = runs.interruptLeftovers(live.keySet()); // a scheduled run may have started already
        if (n > 0) {
            log.warn("{} reconciliation run(s) were cut short by the last stop; marked interrupted", n);
        }
    }

    /** Records the run and queues it; answers its id at once. */
    public long start(RunRequest request) {
        List<String> units = units(request.unit());
        long id = runs.start(request, units);
        RunProgress progress = new RunProgress();
        live.put(id, progress);
        executor.execute(() -> execute(id, request, units, progress));
        return id;
    }

    /** A scheduled run is skipped while another run is going or waiting: the next one catches up. */
    void startScheduled(RunRequest request) {
        if (!live.isEmpty()) {
            log.info("Scheduled reconciliation ({}) skipped: run(s) {} not finished", request.trigger(), live.keySet());
            return;
        }
        start(request);
    }

    public RunProgress progress(long id) {
        return live.get(id);
    }

    private void execute(long id, RunRequest request, List<String> units, RunProgress progress) {
        log.info("Reconciliation {} ({}): {} unit(s), {} to {}{}", id, request.trigger(), units.size(), request.from(),
                request.to(), request.dryRun() ? ", dry run" : "");
        try {
            reconciler.run(id, request, units, progress);
            runs.finish(id, progress, "completed", null);
            log.info("Reconciliation {} completed: {}", id, RunSummary.counts(progress));
        } catch (RuntimeException e) {
            log.error("Reconciliation {} failed after {} dossiers: {}", id, progress.compared(), e.toString());
            runs.finish(id, progress, "failed", RunReasons.of(e));
        } finally {
            live.remove(id);
        }
    }

    /**
     * One unit; else gateway.systems.dvcqg.unit-codes; else every unit the ledger knows (delivered for, or
     * holding an open failure).
     */
    private List<String> units(String unit) {
        if (unit != null && !unit.isBlank()) {
            return List.of(unit.trim());
        }
        if (portal.unitCodes() != null && !portal.unitCodes().isEmpty()) {
            return List.copyOf(portal.unitCodes());
        }
        return ledger.units();
    }
}
