package vn.lienthong.adminunits;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.adminunits.internal.CrosswalkRow;
import vn.lienthong.adminunits.internal.ReferenceFiles;

/**
 * The 2025 administrative-unit crosswalk as versioned reference data (reference/admin-units/, with its
 * README): current and legacy communes, and the many-to-many old-to-new mapping. Look-ups go both ways
 * and always take and give a code with its version.
 */
public final class AdminUnitCrosswalk {

    public static final String DEFAULT_FOLDER = "/reference/admin-units";
    /** The edition of the reference data: the official conversion table for the 2025-07-01 reform. */
    public static final String EDITION = "GSO 2025-07-01";

    private final List<CrosswalkRow> rows;
    private final Map<String, String> currentNames = new HashMap<>();
    private final Map<String, UnitCode> currentUnits = new HashMap<>();
    private final Map<String, String> legacyNames = new HashMap<>();
    private final Map<String, Set<CrosswalkRow>> byCurrent = new HashMap<>();
    private final Map<String, Set<CrosswalkRow>> byLegacy = new HashMap<>();
    private final Map<String, UnitCode> legacyUnits = new HashMap<>();

    private AdminUnitCrosswalk(ReferenceFiles files) {
        for (List<String> r : files.rows("vn_communes_2025.csv")) {
            currentNames.put(r.get(2), r.get(3));
            currentUnits.put(r.get(2), UnitCode.current(r.get(0), r.get(2)));
        }
        for (List<String> r : files.rows("vn_communes_pre2025_20250104.csv")) {
            if (!r.get(4).isEmpty()) {
                legacyNames.put(r.get(4), r.get(5));
            }
        }
        this.rows = files.rows("vn_admin_crosswalk_2025_old_to_new.csv").stream().map(AdminUnitCrosswalk::row).toList();
        for (CrosswalkRow row : rows) {
            byCurrent.computeIfAbsent(row.current().communeCode(), k -> new LinkedHashSet<>()).add(row);
            if (row.hasLegacyCommune()) {
                byLegacy.computeIfAbsent(row.legacy().communeCode(), k -> new LinkedHashSet<>()).add(row);
                legacyNames.putIfAbsent(row.legacy().communeCode(), row.legacyName());
                legacyUnits.putIfAbsent(row.legacy().communeCode(), row.legacy());
            }
        }
    }

    public static AdminUnitCrosswalk load() {
        return load(DEFAULT_FOLDER);
    }

    public static AdminUnitCrosswalk load(String classpathFolder) {
        return new AdminUnitCrosswalk(new ReferenceFiles(classpathFolder));
    }

    /** Columns: new province, name, new commune, name, old commune, name, old district, name, old province, name, change, old province by district. */
    private static CrosswalkRow row(List<String> r) {
        String provinceByDistrict = r.get(11).isEmpty() ? r.get(8) : r.get(11);
        return new CrosswalkRow(UnitCode.current(r.get(0), r.get(2)), r.get(3),
                UnitCode.legacy(provinceByDistrict, r.get(6), r.get(4)), r.get(5), r.get(10));
    }

    /** The legacy communes a current commune was made from (several when it merged units). */
    public Set<UnitCode> legacyOf(UnitCode current) {
        requireVersion(current, UnitCode.CURRENT);
        Set<UnitCode> legacy = new LinkedHashSet<>();
        for (CrosswalkRow row : byCurrent.getOrDefault(current.communeCode(), Set.of())) {
            if (row.hasLegacyCommune()) {
                legacy.add(row.legacy());
            }
        }
        return Collections.unmodifiableSet(legacy);
    }

    /** The current communes a legacy commune went into: a set, since a split commune has no single answer. */
    public Set<UnitCode> currentOf(UnitCode legacy) {
        requireVersion(legacy, UnitCode.LEGACY);
        Set<UnitCode> current = new LinkedHashSet<>();
        for (CrosswalkRow row : byLegacy.getOrDefault(legacy.communeCode(), Set.of())) {
            current.add(row.current());
        }
        return Collections.unmodifiableSet(current);
    }

    /** The name of a commune, read in the scheme its version names. */
    public Optional<String> communeName(UnitCode unit) {
        return Optional.ofNullable(unit.isCurrent() ? currentNames.get(unit.communeCode()) : legacyNames.get(unit.communeCode()));
    }

    /** The current commune with this code, with its province; empty when the code is not a current commune. */
    public Optional<UnitCode> currentCommune(String communeCode) {
        return Optional.ofNullable(currentUnits.get(communeCode));
    }

    /** The legacy commune with this code, with its district and province; empty when the code is none. */
    public Optional<UnitCode> legacyCommune(String communeCode) {
        return Optional.ofNullable(legacyUnits.get(communeCode));
    }

    /** Every row of the crosswalk, for the tests that check the table itself; other modules ask by code. */
    List<CrosswalkRow> rows() {
        return rows;
    }

    public int currentCommuneCount() {
        return currentNames.size();
    }

    private static void requireVersion(UnitCode unit, String version) {
        if (!version.equals(unit.version())) {
            throw new IllegalArgumentException("expected a unit code of version " + version + ", got " + unit);
        }
    }
}
