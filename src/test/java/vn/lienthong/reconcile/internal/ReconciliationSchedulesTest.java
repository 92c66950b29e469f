package vn.lienthong.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.model.TemplatedRouteParameterDefinition;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.VietnamTime;

class ReconciliationSchedulesTest {

    private static final ReconciliationSettings SETTINGS = new ReconciliationSettings(5000, 1000, 5000, 500, 8, 4, false,
            List.of(new ReconciliationSettings.Schedule("nightly", " 0 30 1 * * * ", 1, null),
                    new ReconciliationSettings.Schedule("hourly", "-", 0, null),
                    new ReconciliationSettings.Schedule("weekly", "0 0 3 * * SUN", 7, true),
                    new ReconciliationSettings.Schedule("unset", null, 0, null)), Duration.ofMinutes(10), 3);
    // 00:30 on 4 December in Vietnam, still 3 December in UTC
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T17:30:00Z"), VietnamTime.ZONE);

    private final ReconciliationSchedules schedules = new ReconciliationSchedules(SETTINGS, null, CLOCK);

    @Test
    void shouldMakeARouteOfEveryScheduleThatIsOnAndNoneOfTheOnesSwitchedOff() throws Exception {
        schedules.configure();

        Map<String, Map<String, String>> routes = schedules.getTemplatedRouteCollection().getTemplatedRoutes().stream()
                .collect(Collectors.toMap(TemplatedRouteDefinition::getRouteId, ReconciliationSchedulesTest::parameters));
        assertThat(routes).containsOnlyKeys("reconciliation-schedule-nightly", "reconciliation-schedule-weekly");
        assertThat(routes.get("reconciliation-schedule-nightly"))
                .containsEntry("schedule", "nightly").containsEntry("cron", "0 30 1 * * *")
                .containsEntry("zone", "Asia/Ho_Chi_Minh");
    }

    @Test
    void shouldRunFromTheStartOfTheVietnameseDayThatManyDaysAgoUntilNow() {
        RunRequest nightly = schedules.request("nightly");

        assertThat(nightly.from()).isEqualTo(OffsetDateTime.parse("2026-12-03T00:00+07:00"));
        assertThat(nightly.to().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(nightly.unit()).isNull();
        assertThat(nightly.dryRun()).as("the default").isFalse();
        assertThat(nightly.trigger()).isEqualTo("schedule:nightly");
        assertThat(schedules.request("weekly").dryRun()).isTrue();
    }

    private static Map<String, String> parameters(TemplatedRouteDefinition route) {
        return route.getParameters().stream().collect(Collectors.toMap(TemplatedRouteParameterDefinition::getName,
                TemplatedRouteParameterDefinition::getValue));
    }
}
