package vn.lienthong.reconcile;

import java.time.OffsetDateTime;

/** What to reconcile: one receiving unit (null = every unit), a period [from, to), and whether to repair. */
record RunRequest(String unit, OffsetDateTime from, OffsetDateTime to, boolean dryRun, String trigger) {

    RunRequest {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
