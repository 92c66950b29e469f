package vn.lienthong.ops;

import java.time.OffsetDateTime;

/**
 * A bulk replay and its progress: of {@code total} failures, {@code done} were replayed, {@code skipped} could
 * not be (with their reason on the item), {@code pending} wait their turn; a cancelled job leaves its pending
 * ones as they were.
 */
public record ReplayJob(
        long id, String state, FailureFilter filter, int ratePerSecond, int total, int done, int skipped,
        int pending, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime finishedAt) {
}
