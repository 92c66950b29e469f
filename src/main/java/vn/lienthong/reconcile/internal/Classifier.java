package vn.lienthong.reconcile.internal;

/**
 * Classifies a dossier from what the sources listed. A dossier seen on one side only may have changed at
 * the edge of the window (the portal's dates are when it accepted an update, the province's when the
 * dossier changed), so those are only candidates until confirmed one by one.
 */
final class Classifier {

    /** The verdict, or what must be looked up first. */
    enum Verdict { CLASSIFIED, CONFIRM_AT_PORTAL, CONFIRM_AT_PROVINCE }

    record Result(Verdict verdict, FindingKind kind) {
        static Result of(FindingKind kind) {
            return new Result(Verdict.CLASSIFIED, kind);
        }
    }

    private Classifier() {
    }

    static Result classify(Comparison c) {
        Entries.Provincial province = c.province();
        Entries.Ledger ledger = c.ledger();
        if (province == null) {
            return new Result(Verdict.CONFIRM_AT_PROVINCE, FindingKind.UNKNOWN);
        }
        if (c.failure() != null && c.failure().version() >= province.version()) {
            return Result.of(FindingKind.FAILED);
        }
        if (c.portal() == null) {
            boolean behind = ledger != null && province.version() > ledger.version();
            return behind ? Result.of(FindingKind.BEHIND) : new Result(Verdict.CONFIRM_AT_PORTAL, FindingKind.MISSING);
        }
        if (ledger == null || province.version() > ledger.version()) {
            return Result.of(FindingKind.BEHIND);
        }
        return Result.of(ledger.hash().equals(c.portal().hash()) ? FindingKind.AGREEMENT : FindingKind.DIFFERS);
    }
}
