package vn.lienthong.simulator.provincial;

import java.time.Instant;
import java.util.List;
import vn.lienthong.simulator.generator.Defect;

/**
 * One dossier's newest state: the clean state it evolves from and every version served so far (UTF-8 JSON,
 * kept as bytes because a benchmark run holds hundreds of thousands). Immutable; replaced on each change.
 */
record DossierRecord(String key, String code, Defect defect, long defectSeed, int version, String status,
                     Instant updatedAt, byte[] clean, List<byte[]> versions) {

    byte[] served() {
        return versions.get(versions.size() - 1);
    }
}
