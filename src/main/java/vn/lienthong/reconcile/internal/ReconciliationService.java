package vn.lienthong.reconcile.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
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
    private final ReconciliationSettings settings;
    private final Map<Long, RunProgress> live = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    ReconciliationService(Reconciler reconciler, RunStore runs, DvcqgSettings portal, LedgerQueries ledger,
            @Qualifier("reconciliationRuns") ExecutorService executor, ReconciliationSettings settings) {
        this.settings = settings;
        this.reconciler = reconciler;
        this.runs = runs;
        this.portal = portal;
        this.ledger = ledger;
        this.executor = executor;
    }

    /**
     * Runs a stop cut short (a crash, a shutdown) go on under their own ids, each from its start: what they had
     * repaired is in flight or delivered by now, so it is not repaired twice. One cut short
     * {@code gateway.reconciliation.resume-limit} times already is marked interrupted instead (a run that takes
     * the gateway down with it must not do so at every start).
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeLeftovers() {
        for (RunStore.Leftover run : runs.leftovers(live.keySet())) { // a scheduled run may have started already
            if (run.resumed() >= settings.resumeLimit()) {
                log.warn("Reconciliation {} was cut short by the last stop, {} time(s) resumed already: marked interrupted",
                        run.id(), run.resumed());
                runs.interrupt(run.id());
                continue;
            }
            log.warn("Reconciliation {} was cut short by the last stop: resumed", run.id());
            runs.resume(run.id());
            queue(run.id(), run.request(), run.units());
        }
    }

    /** A stop under way: a run it cuts short stays 'running', to be resumed at the next start. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }

    /** Records the run and queues it; answers its id at once. */
    public long start(RunRequest request) {
        List<String> units = units(request.unit());
        long id = runs.start(request, units);
        queue(id, request, units);
        return id;
    }

    private void queue(long id, RunRequest request, List<String> units) {
        RunProgress progress = new RunProgress();
        live.put(id, progress);
        executor.execute(() -> execute(id, request, units, progress));
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
            if (stopping) {
                log.warn("Reconciliation {} cut short by the stop after {} dossiers: resumed at the next start", id,
                        progress.compared());
                return;
            }
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
