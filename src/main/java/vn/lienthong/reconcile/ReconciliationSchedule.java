package vn.lienthong.reconcile;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** The runs of {@code gateway.reconciliation.schedules}, on Spring's scheduler, every unit each time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReconciliationSchedule implements SchedulingConfigurer {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReconciliationSettings settings;
    private final ReconciliationService service;

    ReconciliationSchedule(ReconciliationSettings settings, ReconciliationService service) {
        this.settings = settings;
        this.service = service;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (ReconciliationSettings.Schedule schedule : settings.schedules()) {
            if (schedule.cron() == null || schedule.cron().isBlank() || "-".equals(schedule.cron().trim())) {
                continue;
            }
            registrar.addTriggerTask(() -> service.startScheduled(request(schedule)), new CronTrigger(schedule.cron(), VIETNAM));
        }
    }

    /** From the start of the day {@code days} ago (0: today) to now. */
    private RunRequest request(ReconciliationSettings.Schedule schedule) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
        OffsetDateTime from = now.toLocalDate().minusDays(schedule.days()).atStartOfDay().atOffset(now.getOffset());
        boolean dryRun = schedule.dryRun() != null ? schedule.dryRun() : settings.dryRun();
        return new RunRequest(null, from, now, dryRun, "schedule:" + schedule.name());
    }
}
