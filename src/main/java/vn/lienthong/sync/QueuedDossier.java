package vn.lienthong.sync;

/**
 * One dossier version as it travels on the broker: its identity and the record exactly as received. A
 * re-sync (a reconciliation's repair) carries a mark: that version is pushed again even if the ledger says
 * the portal has it.
 */
public record QueuedDossier(String code, long version, String raw, int deliveryCount, String resync) {

    public QueuedDossier(String code, long version, String raw, int deliveryCount) {
        this(code, version, raw, deliveryCount, null);
    }

    /** A repair of this version, marked by what asked for it (e.g. the reconciliation run). */
    public static QueuedDossier resync(String code, long version, String raw, String mark) {
        return new QueuedDossier(code, version, raw, 1, mark);
    }

    /** The ledger's key. */
    public String key() {
        return code + ":" + version;
    }

    public boolean isResync() {
        return resync != null;
    }

    /** The broker's duplicate-detection id: a re-sync must not be taken for the version's first delivery. */
    public String duplicateId() {
        return isResync() ? key() + ":resync:" + resync : key();
    }
}
