package vn.lienthong.payments.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications refused for their checksum, kept for an operator within bounds, since anyone can send one:
 * at most {@code max-body-bytes} of each body, at most {@code max-per-minute} kept (the rest only counted),
 * and a purge of what is older than {@code retention} or beyond {@code max-kept}.
 */
@Component
public class RejectedNotifications {

    private static final Logger log = LoggerFactory.getLogger(RejectedNotifications.class);

    private final JdbcTemplate jdbc;
    private final PaymentSettings.RejectedNotifications bounds;
    private final RateLimiter limiter;
    private final PaymentMetrics metrics;

    public RejectedNotifications(JdbcTemplate jdbc, PaymentSettings settings, PaymentMetrics metrics) {
        this.jdbc = jdbc;
        this.bounds = settings.rejectedNotifications();
        this.metrics = metrics;
        this.limiter = RateLimiter.of("paygov-rejected", RateLimiterConfig.custom()
                .limitForPeriod(bounds.maxPerMinute()).limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO).build());
    }

    /** Keeps the refused message when the rate allows; answers whether it was kept. */
    public boolean keep(byte[] body, String remoteAddress, String reason) {
        if (!limiter.acquirePermission()) {
            metrics.rejected(false);
            log.debug("Refused PayGov notification not kept (over {} a minute): {}", bounds.maxPerMinute(), reason);
            return false;
        }
        jdbc.update("insert into paygov_rejected_notification (remote_address, reason, body_size, body) values (?, ?, ?, ?)",
                remoteAddress, reason, body.length, printable(body, bounds.maxBodyBytes()));
        metrics.rejected(true);
        log.warn("PayGov notification refused ({}) from {}; kept for an operator", reason, remoteAddress);
        return true;
    }

    /** Drops what is past its retention, then the oldest beyond the cap; answers how many rows went. */
    public int purge() {
        int old = jdbc.update("delete from paygov_rejected_notification where received_at < now() - make_interval(secs => ?)",
                (double) bounds.retention().toSeconds());
        int excess = jdbc.update("""
                delete from paygov_rejected_notification where id <= (select id from paygov_rejected_notification
                                                                      order by id desc offset ? limit 1)""", bounds.maxKept());
        return old + excess;
    }

    public List<Map<String, Object>> page(int page, int size) {
        return jdbc.queryForList("""
                select id, received_at as "receivedAt", remote_address as "remoteAddress", reason,
                       body_size as "bodySize", body from paygov_rejected_notification order by id desc offset ? limit ?""",
                (long) page * size, size);
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from paygov_rejected_notification", Long.class);
    }

    /** The first bytes of the body as text PostgreSQL can store (no NUL), whatever was sent. */
    static String printable(byte[] body, int maxBytes) {
        byte[] head = body.length > maxBytes ? Arrays.copyOf(body, maxBytes) : body;
        return new String(head, StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    }
}
