package vn.lienthong.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.security.logins}: how password guessing is slowed down and how long a verified password is
 * trusted without another bcrypt check.
 *
 * @param freeFailures failed logins of one user (or from one address) before each further one waits
 * @param firstBackOff the first wait; it doubles with every further failure
 * @param maxBackOff the longest wait, so that someone guessing a user's password locks it out for at most this
 * @param forgetAfter failures older than this no longer count
 * @param trackedKeys users and addresses remembered at most (the least used are forgotten first)
 * @param verifiedFor how long a successful Basic check is reused; a changed or removed user's entry never outlives it
 */
@ConfigurationProperties("gateway.security.logins")
public record LoginSettings(@DefaultValue("5") int freeFailures, @DefaultValue("1s") Duration firstBackOff,
                            @DefaultValue("5m") Duration maxBackOff, @DefaultValue("1h") Duration forgetAfter,
                            @DefaultValue("100000") long trackedKeys, @DefaultValue("60s") Duration verifiedFor) {
}
