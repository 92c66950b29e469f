package vn.lienthong.adminunits.internal;

import vn.lienthong.adminunits.UnitCode;

/**
 * One row of the official old-to-new table: a legacy commune (or part of one) that went into a current
 * commune. The legacy province is the one its district belongs to (the table's own province column is
 * wrong on three rows).
 */
public record CrosswalkRow(UnitCode current, String currentName, UnitCode legacy, String legacyName, String changeType) {

    public static final String MERGED_IN_PART = "Nhập một phần";

    public boolean hasLegacyCommune() {
        return legacy.communeCode() != null && !legacy.communeCode().isEmpty();
    }

    public boolean mergedInPart() {
        return changeType.startsWith(MERGED_IN_PART);
    }
}
