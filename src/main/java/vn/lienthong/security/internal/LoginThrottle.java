package vn.lienthong.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins per user name and per client address, with exponential back-off: after
 * {@link LoginSettings#freeFailures()} failures, the next attempt for that user or from that address is refused
 * until a wait has passed (doubling with each further failure, up to the maximum). Attempts refused while waiting
 * are not checked and do not count. A success resets both. Memory is bounded: Caffeine keeps at most
 * {@code trackedKeys} of each and forgets them after {@code forgetAfter}.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, long blockedUntilNanos) {
    }

    private final LoginSettings settings;
    private final Cache<String, Failures> byUser;
    private final Cache<String, Failures> byAddress;

    LoginThrottle(LoginSettings settings) {
        this.settings = settings;
        this.byUser = tracker(settings);
        this.byAddress = tracker(settings);
    }

    private static Cache<String, Failures> tracker(LoginSettings settings) {
        return Caffeine.newBuilder().maximumSize(settings.trackedKeys()).expireAfterWrite(settings.forgetAfter()).build();
    }

    /** How long attempts for this user from this address must still wait (zero: go ahead). */
    Duration waitFor(String user, String address) {
        long now = System.nanoTime();
        long wait = Math.max(remaining(byUser.getIfPresent(key(user)), now), remaining(byAddress.getIfPresent(address(address)), now));
        return Duration.ofNanos(wait);
    }

    void failed(String user, String address) {
        Failures forUser = byUser.asMap().compute(key(user), (k, before) -> next(before));
        Failures fromAddress = byAddress.asMap().compute(address(address), (k, before) -> next(before));
        if (forUser.count() == settings.freeFailures() + 1 || fromAddress.count() == settings.freeFailures() + 1) {
            // not the user name: people type their password into it by mistake
            log.warn("Logins slowed down: {} failures in a row for one user, {} from address {}",
                    forUser.count(), fromAddress.count(), address);
        }
    }

    void succeeded(String user, String address) {
        byUser.invalidate(key(user));
        byAddress.invalidate(address(address));
    }

    private Failures next(Failures before) {
        int count = before == null ? 1 : before.count() + 1;
        int over = count - settings.freeFailures();
        if (over <= 0) {
            return new Failures(count, 0);
        }
        long wait = settings.firstBackOff().toNanos() << Math.min(over - 1, 30);
        wait = wait <= 0 ? settings.maxBackOff().toNanos() : Math.min(wait, settings.maxBackOff().toNanos());
        return new Failures(count, System.nanoTime() + wait);
    }

    private static long remaining(Failures failures, long now) {
        return failures == null || failures.blockedUntilNanos() == 0 ? 0 : Math.max(0, failures.blockedUntilNanos() - now);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String key(String user) {
        return user == null ? "" : user.toLowerCase(Locale.ROOT);
    }
}
