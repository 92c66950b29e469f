package vn.lienthong.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.payments.reconciliation.Findings;
import vn.lienthong.payments.reconciliation.ReconciliationRuns;
import vn.lienthong.payments.reconciliation.Reconciliations;

/**
 * Payment reconciliation as other modules use it (the console, monitoring): start a day's run, read runs and their
 * findings, and the newest completed run's counts. The runs and findings tables are this module's alone.
 */
@Component
public class PaymentReconciliations {

    /** What a run lists (agreement is only counted). */
    public static final List<String> KINDS = Findings.KINDS;
    /** What a completed run counts, by the names of the metrics. */
    public static final List<String> COUNTED = ReconciliationRuns.COUNTED;

    private final Reconciliations reconciliations;
    private final ReconciliationRuns runs;
    private final Findings findings;

    PaymentReconciliations(Reconciliations reconciliations, ReconciliationRuns runs, Findings findings) {
        this.reconciliations = reconciliations;
        this.runs = runs;
        this.findings = findings;
    }

    /** The newest completed run: when it finished and its {@link #COUNTED} counts. */
    public record CompletedRun(long id, Instant finishedAt, Map<String, Long> counts) {
    }

    /** Reconciles a day in the background; answers the run's id. */
    public long request(LocalDate day, String trigger) {
        return reconciliations.request(day, trigger).id();
    }

    public Optional<Map<String, Object>> run(long id) {
        return runs.find(id);
    }

    public List<Map<String, Object>> runs(int page, int size) {
        return runs.page(page, size);
    }

    public long runCount() {
        return runs.count();
    }

    /** A run's findings, a page at a time; kind null = every kind. */
    public List<PaymentFinding> findings(long run, String kind, int page, int size) {
        return findings.page(run, kind, page, size);
    }

    public long findingCount(long run, String kind) {
        return findings.count(run, kind);
    }

    public Optional<CompletedRun> lastCompleted() {
        return runs.lastCompleted().map(c -> new CompletedRun(c.id(), c.finishedAt(), c.counts()));
    }
}
