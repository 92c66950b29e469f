package vn.lienthong.reconcile;

/** A dossier's classification in a run, what was done about it, and the province's record for a repair. */
record Finding(Comparison comparison, FindingKind kind, String detail, String provincialRecord) {

    static final String REPAIR_QUEUED = "queued";
    static final String REPAIR_DRY_RUN = "dry-run";

    String code() {
        return comparison.code();
    }
}
