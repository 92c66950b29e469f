package vn.lienthong.sync;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.sync.internal.SyncVersions;

/**
 * The one way to put a dossier version on the delivery path again: a reconciliation's re-sync, a replay of a failed
 * sync, the look-ups' re-push for DSKetNoiCSDL. Each copy's sync_version row goes back to 'queued', waiting for that
 * copy's mark, before the copy is on the broker: the delivery settles the row only with that copy's outcome, and
 * returns a batch to the broker while any of its rows waits, so a transient portal failure loses nothing.
 */
@Component
public class SendAgain {

    /** Why a version is sent again. */
    public enum Cause {
        RESYNC("resync"), REPLAY("replay"), LOOKUPS("lookups");

        private final String code;

        Cause(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Cause of(String code) {
            for (Cause cause : values()) {
                if (cause.code.equals(code)) {
                    return cause;
                }
            }
            throw new IllegalArgumentException("unknown cause " + code);
        }
    }

    /** A dossier version sent again. */
    public record Sent(String code, long version) {
    }

    private final SyncVersions versions;
    private final SyncQueue queue;

    public SendAgain(SyncVersions versions, SyncQueue queue) {
        this.versions = versions;
        this.queue = queue;
    }

    /**
     * Rows and messages in one go (joining the caller's transaction, so what the caller records commits with the
     * rows). The broker commits first: a crash before the database does leaves a copy whose row never waited for
     * it, delivered like any copy, and the caller's own record undone, so it sends again.
     */
    @Transactional
    public void send(List<QueuedDossier> items) {
        versions.refresh(items);
        queue.sendAll(items);
    }

    /** For a caller with its own record of what is still to send (a replay): the rows, in its transaction... */
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepare(List<QueuedDossier> items) {
        versions.refresh(items);
    }

    /** ...and, once that committed, the copies, under duplicate ids that stay the same when sent once more. */
    public void sendPrepared(List<QueuedDossier> items, Function<QueuedDossier, String> duplicateId) {
        queue.sendAll(items, duplicateId);
    }

    /**
     * Which of these versions the delivery has settled: the ledger holds what was sent again (or the portal already
     * had it), or a newer version superseded it. Still 'queued' (on the broker) or 'failed' (kept in failed_sync for
     * an operator) is not settled; a row no longer there was settled long ago and forgotten.
     */
    public Set<Sent> settled(Collection<Sent> sent) {
        return versions.settled(sent);
    }
}
