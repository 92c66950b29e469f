package vn.lienthong.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.lookup.LookupBacklog;
import vn.lienthong.monitoring.OpsSnapshot.LastRun;
import vn.lienthong.monitoring.OpsSnapshot.Pause;
import vn.lienthong.ops.ReplayJobs;
import vn.lienthong.ops.SystemPauses;
import vn.lienthong.payments.PaymentBacklog;
import vn.lienthong.payments.PaymentReconciliations;
import vn.lienthong.reconcile.RunViews;
import vn.lienthong.sync.LedgerQueries;

/**
 * Reads an {@link OpsSnapshot} at most once per {@link #MAX_AGE}, however many scrapes and console pages ask:
 * each module that owns a table answers for it, with a handful of indexed queries (the unsynced versions have a
 * partial index, failures are few).
 */
@Component
public class OpsSnapshots {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    public static final List<String> RECONCILIATION_KINDS = RunViews.FINDING_KINDS;
    public static final List<String> PAYMENT_KINDS = PaymentReconciliations.COUNTED;

    private final Sources sources;
    private final Clock clock;
    private OpsSnapshot cached;

    /** The modules that answer for their tables. */
    record Sources(LedgerQueries ledger, FailureQueries failures, PaymentBacklog payments, LookupBacklog lookups,
                   ReplayJobs replayJobs, SystemPauses pauses, RunViews reconciliations,
                   PaymentReconciliations paymentReconciliations) {
    }

    public OpsSnapshots(LedgerQueries ledger, FailureQueries failures, PaymentBacklog payments, LookupBacklog lookups,
                        ReplayJobs replayJobs, SystemPauses pauses, RunViews reconciliations,
                        PaymentReconciliations paymentReconciliations, Clock clock) {
        this.sources = new Sources(ledger, failures, payments, lookups, replayJobs, pauses, reconciliations,
                paymentReconciliations);
        this.clock = clock;
    }

    public synchronized OpsSnapshot current() {
        Instant now = clock.instant();
        if (cached == null || cached.at().plus(MAX_AGE).isBefore(now)) {
            cached = read(now);
        }
        return cached;
    }

    /** A snapshot read now, for a page that has just changed something. */
    public synchronized OpsSnapshot fresh() {
        cached = read(clock.instant());
        return cached;
    }

    private OpsSnapshot read(Instant now) {
        LedgerQueries.Backlog backlog = sources.ledger().backlog();
        return new OpsSnapshot(now, backlog.versions(), backlog.oldestPulledAt(),
                sources.failures().unresolvedByFlowAndStatus(), sources.payments().toRelay(), sources.lookups().waiting(),
                sources.replayJobs().pendingItems(),
                sources.pauses().all().stream()
                        .map(p -> new Pause(p.system(), p.what(), p.pausedBy(), p.pausedAt())).toList(),
                sources.reconciliations().lastCompleted()
                        .map(r -> new LastRun(r.id(), r.finishedAt(), r.dryRun(), r.findings())).orElse(null),
                sources.paymentReconciliations().lastCompleted()
                        .map(r -> new LastRun(r.id(), r.finishedAt(), false, r.counts())).orElse(null));
    }
}
