package vn.lienthong.ops;

/**
 * A record on its way back into its flow: the replay attempt that sends it, its key, the broker's
 * duplicate-detection id (the key itself for a new version; {@code key:replay-<attempt>} for a replay of a
 * version already queued once) and the record.
 */
public record Resend(long attemptId, String key, String duplicateId, String payload, boolean newVersion) {
}
