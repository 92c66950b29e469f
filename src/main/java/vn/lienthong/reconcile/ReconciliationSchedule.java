package vn.lienthong.reconcile;

import java.time.ZoneId;
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

    private RunRequest request(ReconciliationSettings.Schedule schedule) {
        boolean dryRun = schedule.dryRun() != null ? schedule.dryRun() : settings.dryRun();
        return RunRequest.lastDays(null, schedule.days(), dryRun, "schedule:" + schedule.name());
    }
}
