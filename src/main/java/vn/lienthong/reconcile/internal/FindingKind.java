package vn.lienthong.reconcile.internal;

/** How a dossier compares between the province, the ledger and the portal. */
public enum FindingKind {
    /** The portal holds the province's newest version, exactly as the gateway sent it. */
    AGREEMENT("agreement", false),
    /** The province has a newer version than the one the ledger says was delivered. */
    BEHIND("behind", true),
    /** The portal does not have the dossier at all. */
    MISSING("missing", true),
    /** Same version, but the portal's BamNoiDung is not the hash of what the gateway sent: overwritten or corrupted there. */
    DIFFERS("differs", true),
    /** On the portal only: the province does not know the dossier. Reported, never touched. */
    UNKNOWN("unknown", false),
    /** The province's version failed permanently (failed_sync): reported, never touched. */
    FAILED("failed", false);

    private final String wireName;
    private final boolean repairable;

    FindingKind(String wireName, boolean repairable) {
        this.wireName = wireName;
        this.repairable = repairable;
    }

    public String wireName() {
        return wireName;
    }

    boolean repairable() {
        return repairable;
    }

    public static FindingKind of(String wireName) {
        for (FindingKind kind : values()) {
            if (kind.wireName.equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no finding kind " + wireName);
    }
}
