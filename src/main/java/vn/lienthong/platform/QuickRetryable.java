package vn.lienthong.platform;

import java.util.function.Predicate;

/**
 * What the quick retries ({@code resilience4j.retry}) retry: transient failures without a Retry-After. A system
 * that named a time to wait is left alone until then; longer outages are the broker's and the breaker's business.
 */
public class QuickRetryable implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable e) {
        return e instanceof TransientFailure failure && failure.retryAfter() == null;
    }
}
