package vn.lienthong.simulator.dvcqg;

import java.util.ArrayList;
import java.util.List;

/**
 * One stored HoSo (kept in canonical form, which is what its hash is over) with when it was last accepted,
 * how often it was created, and the hash of every accepted create or update. Immutable.
 */
record PortalDossier(String maHoSo, CanonicalJson content, String ngayCapNhat, String trangThai, String maTTHC,
                     int createCount, List<String> acceptedHashes) {

    PortalDossier accepted(CanonicalJson newContent, String at, String newTrangThai, String newMaTTHC,
                           boolean created) {
        List<String> hashes = new ArrayList<>(acceptedHashes);
        hashes.add(newContent.sha256());
        return new PortalDossier(maHoSo, newContent, at, newTrangThai, newMaTTHC,
                createCount + (created ? 1 : 0), List.copyOf(hashes));
    }

    PortalDossier tampered(CanonicalJson newContent, String newTrangThai, String newMaTTHC) {
        return new PortalDossier(maHoSo, newContent, ngayCapNhat, newTrangThai, newMaTTHC, createCount,
                acceptedHashes);
    }
}
