package vn.lienthong.sync;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.sync.internal.SyncVersions;

/**
 * Puts dossier versions back on the normal delivery path to be pushed again (a reconciliation's repair):
 * same queue, same per-dossier ordering, same planner and circuit breaker. Their versions wait as 'queued'
 * in sync_version until delivered again, so the batch holding them is acknowledged only once they are.
 */
@Component
public class SyncResync {

    private final SyncVersions versions;
    private final SyncQueue queue;

    public SyncResync(SyncVersions versions, SyncQueue queue) {
        this.versions = versions;
        this.queue = queue;
    }

    @Transactional
    public void resync(List<QueuedDossier> items) {
        versions.requeue(items);
        queue.sendAll(items);
    }
}
