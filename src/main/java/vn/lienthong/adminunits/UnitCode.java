package vn.lienthong.adminunits;

/**
 * An administrative unit's code, always with the version of the scheme it belongs to: many codes were
 * re-used on 2025-07-01 for different units, so a code alone is ambiguous. {@code districtCode} is set
 * only in the legacy scheme.
 */
public record UnitCode(String version, String provinceCode, String districtCode, String communeCode) {

    public static final String CURRENT = "2025-07-01";
    public static final String LEGACY = "legacy";

    public static UnitCode current(String provinceCode, String communeCode) {
        return new UnitCode(CURRENT, provinceCode, null, communeCode);
    }

    public static UnitCode legacy(String provinceCode, String districtCode, String communeCode) {
        return new UnitCode(LEGACY, provinceCode, districtCode, communeCode);
    }

    public boolean isCurrent() {
        return CURRENT.equals(version);
    }

    @Override
    public String toString() {
        return version + ":" + provinceCode + (districtCode == null ? "" : "/" + districtCode) + "/" + communeCode;
    }
}
