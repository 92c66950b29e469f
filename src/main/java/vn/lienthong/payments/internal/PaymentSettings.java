package vn.lienthong.payments.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gateway.payments}: the relay to the province, the daily reconciliation, the refused notifications kept. */
@ConfigurationProperties("gateway.payments")
public record PaymentSettings(@DefaultValue Relay relay, @DefaultValue Reconciliation reconciliation,
                              @DefaultValue RejectedNotifications rejectedNotifications) {

    public record Relay(@DefaultValue("200") int batchSize, @DefaultValue("4") int concurrency,
                        @DefaultValue("60s") Duration lease, @DefaultValue("1s") Duration backoffInitial,
                        @DefaultValue("2.0") double backoffMultiplier, @DefaultValue("10m") Duration backoffMax,
                        @DefaultValue("0.5") double backoffJitter) {
    }

    /** {@code give-up-after}: how long a run waits out a system that answers nothing usable before it fails. */
    public record Reconciliation(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                                 @DefaultValue("1000") int paygovPageSize, @DefaultValue("5000") int provincialPageSize,
                                 @DefaultValue("10m") Duration giveUpAfter) {
    }

    public record RejectedNotifications(@DefaultValue("4096") int maxBodyBytes, @DefaultValue("60") int maxPerMinute,
                                        @DefaultValue("7d") Duration retention, @DefaultValue("10000") int maxKept) {
    }
}
