package vn.lienthong.sync.internal;

import java.time.OffsetDateTime;
import java.util.List;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.TienDo;
import vn.lienthong.sync.QueuedDossier;

/**
 * A dossier version on its way to the portal: the HoSo exactly as it will be sent (and its content hash),
 * whether it still has to be pushed (or only its handling steps are missing), whether the portal already
 * knows the dossier, and the steps the portal has not had yet.
 */
public record Delivery(
        QueuedDossier source,
        HoSo hoSo,
        String contentHash,
        boolean push,
        boolean knownAtPortal,
        List<PendingStep> pendingSteps) {

    public String code() {
        return source.code();
    }

    /** A handling step and the time that identifies it at the portal. */
    public record PendingStep(TienDo step, OffsetDateTime at) {
    }
}
