package vn.lienthong.reconcile.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.reconciliation}: page sizes of the three sources, repair defaults, the schedules, and how long a
 * run waits out a system that answers nothing usable before it fails ({@code give-up-after} without progress), and
 * how often a run cut short by a stop is resumed at the next start ({@code resume-limit}) before it is left interrupted.
 */
@ConfigurationProperties("gateway.reconciliation")
public record ReconciliationSettings(
        @DefaultValue("5000") int exportPageSize,
        @DefaultValue("1000") int portalPageSize,
        @DefaultValue("5000") int ledgerPageSize,
        @DefaultValue("500") int findingBatch,
        @DefaultValue("8") int concurrency,
        @DefaultValue("4") int readAhead,
        @DefaultValue("false") boolean dryRun,
        List<Schedule> schedules,
        @DefaultValue("10m") Duration giveUpAfter,
        @DefaultValue("3") int resumeLimit) {

    public ReconciliationSettings {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /**
     * A scheduled run over every unit: from the start of the day {@code days} days ago (0 = today) to now,
     * at the times of {@code cron} (Spring cron, Asia/Ho_Chi_Minh; "-" switches it off).
     */
    public record Schedule(String name, String cron, int days, Boolean dryRun) {
    }
}
