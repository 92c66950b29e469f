package vn.lienthong.reconcile.internal;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.VietnamTime;

/**
 * The runs of {@code gateway.reconciliation.schedules}: one Camel route per schedule that is on
 * (routes/reconcile/reconciliation-schedule.yaml, id {@code reconciliation-schedule-<name>}), so each shows as a
 * flow with its health; the route calls {@link #start} at the times of its cron, in Vietnam time.
 */
@Component("reconciliationSchedules")
class ReconciliationSchedules extends RouteBuilder {

    static final String ROUTE_PREFIX = "reconciliation-schedule-";

    private final ReconciliationSettings settings;
    private final ReconciliationService service;
    private final Clock clock;

    ReconciliationSchedules(ReconciliationSettings settings, ReconciliationService service, Clock clock) {
        this.settings = settings;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void configure() {
        for (ReconciliationSettings.Schedule schedule : settings.schedules()) {
            if (isOn(schedule)) {
                templatedRoute("reconciliation-schedule")
                        .routeId(ROUTE_PREFIX + schedule.name())
                        .parameter("schedule", schedule.name())
                        .parameter("cron", schedule.cron().trim())
                        .parameter("zone", VietnamTime.ZONE.getId());
            }
        }
    }

    /** Starts the named schedule's run, unless another run is still going. */
    public void start(String name) {
        service.startScheduled(request(name));
    }

    /** Every unit, from the start of the day {@code days} ago to now; the schedule's dry-run, else the default. */
    RunRequest request(String name) {
        ReconciliationSettings.Schedule schedule = settings.schedules().stream()
                .filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reconciliation schedule " + name));
        boolean dryRun = schedule.dryRun() != null ? schedule.dryRun() : settings.dryRun();
        return RunRequest.lastDays(clock, null, schedule.days(), dryRun, "schedule:" + schedule.name());
    }

    /** "-" (Spring's "disabled") or nothing switches a schedule off. */
    private static boolean isOn(ReconciliationSettings.Schedule schedule) {
        return schedule.cron() != null && !schedule.cron().isBlank() && !"-".equals(schedule.cron().trim());
    }
}
