package vn.lienthong.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.HoSoMapper;

/**
 * What the portal should hold for a provincial dossier, computed with the mapping (unit-tested against the
 * contract on its own), and which provincial versions a content hash the portal accepted can stand for.
 */
final class PortalExpectations {

    private final ObjectMapper json = new ObjectMapper();
    private final DossierReader reader = new DossierReader();
    private final HoSoMapper mapper = new HoSoMapper("G18");

    Optional<HoSo> hoSo(String dossierJson) {
        return hoSo(dossierJson, List.of());
    }

    /** @param databases MaCSDL codes of the national databases the gateway consulted (DSKetNoiCSDL) */
    Optional<HoSo> hoSo(String dossierJson, List<String> databases) {
        try {
            return Optional.of(mapper.toHoSo(reader.read(json.readTree(dossierJson)), databases));
        } catch (Exception invalid) {
            return Optional.empty();
        }
    }

    JsonNode tree(HoSo hoSo) {
        return json.valueToTree(hoSo);
    }

    long version(String dossierJson) {
        try {
            return json.readTree(dossierJson).path("version").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Content hash → the versions whose HoSo has that content (a change of history alone keeps the HoSo). */
    Map<String, Set<Long>> versionsByHash(List<String> versions) {
        return versionsByHash(versions, List.of());
    }

    /** The same, for every subset of the consulted databases (look-ups complete one by one, in any order). */
    Map<String, Set<Long>> versionsByHash(List<String> versions, List<String> databases) {
        Map<String, Set<Long>> byHash = new HashMap<>();
        for (int subset = 0; subset < 1 << databases.size(); subset++) {
            List<String> some = new java.util.ArrayList<>();
            for (int i = 0; i < databases.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    some.add(databases.get(i));
                }
            }
            for (String v : versions) {
                hoSo(v, some).ifPresent(h -> byHash.computeIfAbsent(ContentHash.of(h), k -> new TreeSet<>()).add(version(v)));
            }
        }
        return byHash;
    }

    /** True when the accepted contents can be read as versions that never went backwards. */
    static boolean neverWentBack(List<String> acceptedHashes, Map<String, Set<Long>> versionsByHash) {
        long current = Long.MIN_VALUE;
        for (String hash : acceptedHashes) {
            Set<Long> candidates = versionsByHash.getOrDefault(hash, Set.of());
            long next = Long.MAX_VALUE;
            for (long v : candidates) {
                if (v >= current && v < next) {
                    next = v;
                }
            }
            if (next == Long.MAX_VALUE) {
                return false;
            }
            current = next;
        }
        return true;
    }
}
