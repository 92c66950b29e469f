package vn.lienthong.reconcile.internal;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.provincial.ProvincialClient;

/**
 * Reconciliation's calls out go through the same circuit breakers as the sync (a system that is down is down
 * for both) and the same quick retries; a failure that outlasts them ends the run with its reason.
 */
@Component
class GuardedCalls {

    private final CircuitBreakers breakers;
    private final RetryRegistry retries;

    GuardedCalls(CircuitBreakers breakers, RetryRegistry retries) {
        this.breakers = breakers;
        this.retries = retries;
    }

    <T> T provincial(Supplier<T> call) {
        Supplier<T> retried = Retry.decorateSupplier(retries.retry(ProvincialClient.SYSTEM), call);
        return breakers.of(ProvincialClient.SYSTEM).executeSupplier(retried);
    }

    /** The portal client retries its calls itself. */
    <T> T portal(Supplier<T> call) {
        return breakers.of(DvcqgClient.SYSTEM).executeSupplier(call);
    }
}
