package vn.lienthong.reconcile.internal;

import vn.lienthong.platform.Reason;

/**
 * A dossier's classification in a run, what was done about it, how it was confirmed (null: as listed), and the
 * province's record for a repair.
 */
record Finding(Comparison comparison, FindingKind kind, Reason detail, String provincialRecord) {

    static final String REPAIR_QUEUED = "queued";
    static final String REPAIR_DRY_RUN = "dry-run";
    /** Not re-synced: that version (or a newer one) already waits on the broker for delivery. */
    static final String REPAIR_IN_FLIGHT = "in-flight";

    String code() {
        return comparison.code();
    }
}
