package vn.lienthong.sync;

/**
 * One dossier version as it travels on the broker: its identity and the record exactly as received. A copy sent
 * again ({@link SendAgain}) carries why and a mark unique to that sending: its version's sync_version row waits for
 * the copy with that mark, so a copy planned before it (whose push may lack what the sending was for) cannot settle
 * it. A re-sync (a reconciliation's repair) is pushed even if the ledger says the portal has that version.
 */
public record QueuedDossier(String code, long version, String raw, int deliveryCount, SendAgain.Cause cause,
        String mark) {

    public QueuedDossier(String code, long version, String raw, int deliveryCount) {
        this(code, version, raw, deliveryCount, null, null);
    }

    /** A copy sent again, for this cause, under a mark no other sending uses (e.g. the reconciliation run). */
    public static QueuedDossier sentAgain(SendAgain.Cause cause, String mark, String code, long version, String raw) {
        return new QueuedDossier(code, version, raw, 1, cause, mark);
    }

    /** A repair of this version, marked by what asked for it (e.g. the reconciliation run). */
    public static QueuedDossier resync(String code, long version, String raw, String mark) {
        return sentAgain(SendAgain.Cause.RESYNC, mark, code, version, raw);
    }

    /** The ledger's key. */
    public String key() {
        return code + ":" + version;
    }

    public boolean isResync() {
        return cause == SendAgain.Cause.RESYNC;
    }

    public boolean isSentAgain() {
        return mark != null;
    }

    /** The same copy, pushed even if the ledger says the portal has it (a re-sync of its version rode along). */
    public QueuedDossier asResync() {
        return new QueuedDossier(code, version, raw, deliveryCount, SendAgain.Cause.RESYNC, mark);
    }

    /** The broker's duplicate-detection id: a copy sent again must not be taken for the version's first delivery. */
    public String duplicateId() {
        return isSentAgain() ? key() + ":" + cause.code() + ":" + mark : key();
    }
}
