package vn.lienthong.reconcile.internal;

/** What each source says of one dossier, as read from its sorted stream. */
final class Entries {

    private Entries() {
    }

    /** A line of the provincial export. */
    record Provincial(String code, long version, String updatedAt) implements Keyed {
    }

    /** A line of the portal's DanhSachHoSo: BamNoiDung is the hash of what it stores. */
    record Portal(String code, String hash, String updatedAt) implements Keyed {
    }

    /** The ledger's row: the version the portal accepted and the hash of exactly what was sent. */
    record Ledger(String code, long version, String hash) implements Keyed {
    }

    /** The newest open failed-sync record of a dossier. */
    record Failure(String code, long version, String reason) implements Keyed {
    }

    interface Keyed {
        String code();
    }
}
