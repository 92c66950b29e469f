package vn.lienthong.failures;

import java.util.List;

/** One failure in full: its summary, the record as received, and every attempt in order. */
public record FailureDetails(FailureSummary failure, String record, List<FailureAttempt> attempts) {
}
