package vn.lienthong.ops;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.lienthong.failures.FailureFilter;

/**
 * A bulk replay and its progress: of {@code total} failures, {@code done} were replayed, {@code skipped} could
 * not be (with their reason on the item), {@code pending} wait their turn; a cancelled job leaves its pending
 * ones as they were. Of those replayed, {@code resolved} reached their target since and {@code failed} failed
 * again (open or quarantined); the rest are still on their way. A {@code failed} job says why in {@code reason}
 * (English), {@code reasonCode} and {@code reasonArgs} (said in the reader's language by the console).
 */
public record ReplayJob(
        long id, String state, FailureFilter filter, int ratePerSecond, int total, int done, int skipped,
        int pending, int resolved, int failed, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime finishedAt, String reason, String reasonCode, Map<String, Object> reasonArgs) {
}
