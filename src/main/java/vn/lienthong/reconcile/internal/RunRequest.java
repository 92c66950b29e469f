package vn.lienthong.reconcile.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

/** What to reconcile: one receiving unit (null = every unit), a period [from, to), and whether to repair. */
public record RunRequest(String unit, OffsetDateTime from, OffsetDateTime to, boolean dryRun, String trigger) {

    public RunRequest {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** From the start of the day {@code days} ago (0: today, in Vietnam) to now. */
    public static RunRequest lastDays(Clock clock, String unit, int days, boolean dryRun, String trigger) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = now.toLocalDate().minusDays(Math.max(days, 0)).atStartOfDay().atOffset(now.getOffset());
        return new RunRequest(unit, from, now, dryRun, trigger);
    }
}
