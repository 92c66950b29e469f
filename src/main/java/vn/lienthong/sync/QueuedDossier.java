package vn.lienthong.sync;

/** One dossier version as it travels on the broker: its identity and the record exactly as received. */
public record QueuedDossier(String code, long version, String raw, int deliveryCount) {

    /** The broker's duplicate-detection id and the ledger's key. */
    public String key() {
        return code + ":" + version;
    }
}
