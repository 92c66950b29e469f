package vn.lienthong.sync;

import java.time.OffsetDateTime;
import java.util.List;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.TienDo;

/**
 * A dossier version ready for the portal: the HoSo exactly as it will be sent (and its content hash), the
 * handling steps the portal has not had yet, and whether the portal already knows the dossier.
 */
public record Delivery(
        QueuedDossier source,
        HoSo hoSo,
        String contentHash,
        List<TienDo> newSteps,
        OffsetDateTime lastStepAt,
        boolean knownAtPortal) {

    public String code() {
        return source.code();
    }
}
