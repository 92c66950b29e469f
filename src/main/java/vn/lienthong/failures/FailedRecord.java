package vn.lienthong.failures;

/** A failure as a replayer needs it: where it failed, why, and the record as received. */
public record FailedRecord(
        long id, String system, String flow, String stage, String reasonClass, String reason, String recordKey,
        String code, Long version, String record, int attempts, int replays, String status) {
}
