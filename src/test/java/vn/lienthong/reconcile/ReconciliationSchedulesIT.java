package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.apache.camel.Route;
import org.apache.camel.spring.pollingconsumer.SpringScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.monitoring.ActivityHistory;
import vn.lienthong.platform.VietnamTime;
import vn.lienthong.reconcile.internal.ReconciliationSettings;

/**
 * Every scheduled job is a Camel route (so the console lists it as a flow with its health): the dossier
 * reconciliation schedules of gateway.reconciliation.schedules, the payment reconciliation's schedule and the
 * console's chart sampling.
 */
class ReconciliationSchedulesIT extends GatewayIntegrationTest {

    @Autowired
    private ReconciliationSettings settings;
    @Autowired
    private ActivityHistory history;

    @Test
    void shouldRunEachConfiguredReconciliationScheduleAsARouteWithItsCronInVietnamTime() {
        assertThat(settings.schedules()).as("the configured schedules (config/application.yaml)").isNotEmpty();
        for (ReconciliationSettings.Schedule schedule : settings.schedules()) {
            String routeId = "reconciliation-schedule-" + schedule.name();
            SpringScheduledPollConsumerScheduler scheduler = cronOf(routeId);
            assertThat(scheduler.getCron()).isEqualTo(schedule.cron());
            assertThat(scheduler.getTimeZone()).isEqualTo(TimeZone.getTimeZone(VietnamTime.ZONE));
            assertThat(camel.getRouteController().getRouteStatus(routeId).isStarted()).as(routeId).isTrue();
        }
    }

    @Test
    void shouldScheduleThePaymentReconciliationAndTheChartSamplingAsRoutesToo() {
        SpringScheduledPollConsumerScheduler payments = cronOf("payment-reconciliation-schedule");
        assertThat(payments.getCron()).isEqualTo("0 30 0,2,4,6 * * *");
        assertThat(payments.getTimeZone()).isEqualTo(TimeZone.getTimeZone(VietnamTime.ZONE));
        int before = history.samples().size();
        pollsOf("activity-sample", 2);
        assertThat(history.samples().size()).isGreaterThan(before);
    }

    private SpringScheduledPollConsumerScheduler cronOf(String routeId) {
        Route route = camel.getRoute(routeId);
        assertThat(route).as(routeId).isNotNull();
        return (SpringScheduledPollConsumerScheduler) ((ScheduledPollConsumer) route.getConsumer()).getScheduler();
    }
}
