package vn.lienthong.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is waiting and what was found, read from PostgreSQL at one moment: the numbers behind the console's
 * overview and the gauges Prometheus scrapes, so both always say the same.
 *
 * @param backlogVersions dossier versions pulled from the province and still on the broker
 * @param oldestUnsyncedSince when the oldest of them was pulled (null when none waits)
 * @param failures failures kept for an operator: flow, then status (open, replayed, quarantined), then count
 * @param paymentsToRelay payments stored and not yet confirmed to the province
 * @param lookupsWaiting national look-ups still to do
 * @param replayItemsPending failures still to be replayed by running bulk replay jobs
 * @param pauses what operators paused
 * @param reconciliation the newest finished dossier reconciliation run (null before the first)
 * @param paymentReconciliation the newest finished payment reconciliation (null before the first)
 */
public record OpsSnapshot(
        Instant at, long backlogVersions, Instant oldestUnsyncedSince, Map<String, Map<String, Long>> failures,
        long paymentsToRelay, long lookupsWaiting, long replayItemsPending, List<Pause> pauses,
        LastRun reconciliation, LastRun paymentReconciliation) {

    public record Pause(String system, String what, String pausedBy, Instant pausedAt) {
    }

    /** A finished run: when it finished and what it found, by kind (drift only, agreement is not listed). */
    public record LastRun(long id, Instant finishedAt, boolean dryRun, Map<String, Long> findings) {

        public long drift() {
            return findings.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Duration oldestUnsyncedAge() {
        return oldestUnsyncedSince == null ? Duration.ZERO : Duration.between(oldestUnsyncedSince, at);
    }

    public long failures(String status) {
        return failures.values().stream().mapToLong(byStatus -> byStatus.getOrDefault(status, 0L)).sum();
    }

    public boolean paused(String system, String what) {
        return pauses.stream().anyMatch(p -> p.system().equals(system) && p.what().equals(what));
    }
}
