package vn.lienthong.reconcile.internal;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.platform.PatientCalls;
import vn.lienthong.platform.Patience;
import vn.lienthong.provincial.ProvincialClient;

/**
 * Reconciliation's calls out go through the same circuit breakers as the sync (a system that is down is down
 * for both) and wait out transient faults ({@link PatientCalls}): a run ends on a permanent error, or after
 * gateway.reconciliation.give-up-after without an answer.
 */
@Component
class GuardedCalls {

    private final PatientCalls calls;
    private final Retry quickRetry;
    private final ReconciliationSettings settings;
    /** the running run's; runs go one at a time (reconciliationRuns is a single thread) */
    private volatile Patience patience;

    GuardedCalls(PatientCalls calls, RetryRegistry retries, ReconciliationSettings settings) {
        this.calls = calls;
        this.quickRetry = retries.retry(ProvincialClient.SYSTEM);
        this.settings = settings;
    }

    /** A run starts: its own time without progress counts from now. */
    Patience startRun() {
        patience = calls.patience(settings.giveUpAfter());
        return patience;
    }

    <T> T provincial(Supplier<T> call) {
        return calls.call(ProvincialClient.SYSTEM, patience, Retry.decorateSupplier(quickRetry, call));
    }

    /** The portal client retries its calls quickly itself. */
    <T> T portal(Supplier<T> call) {
        return calls.call(DvcqgClient.SYSTEM, patience, call);
    }
}
