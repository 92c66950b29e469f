package vn.lienthong.reconcile.internal;

/**
 * Walks the provincial export and the portal listing side by side in code order, picking up the ledger's
 * row and any open failure of each dossier on the way: one pass, memory bounded by the readers' pages.
 * A dossier listed by neither side (outside the period) is not compared.
 */
final class ThreeWayMerge {

    private final SortedReader<Entries.Provincial> province;
    private final SortedReader<Entries.Ledger> ledger;
    private final SortedReader<Entries.Portal> portal;
    private final SortedReader<Entries.Failure> failures;

    ThreeWayMerge(SortedReader<Entries.Provincial> province, SortedReader<Entries.Ledger> ledger,
            SortedReader<Entries.Portal> portal, SortedReader<Entries.Failure> failures) {
        this.province = province;
        this.ledger = ledger;
        this.portal = portal;
        this.failures = failures;
    }

    /** The next dossier listed by the province or the portal, or null when both are exhausted. */
    Comparison next() {
        Entries.Provincial p = province.head();
        Entries.Portal q = portal.head();
        if (p == null && q == null) {
            return null;
        }
        String code = p == null ? q.code() : q == null ? p.code()
                : CodeOrder.compare(p.code(), q.code()) <= 0 ? p.code() : q.code();
        ledger.skipBefore(code);
        failures.skipBefore(code);
        return new Comparison(code, province.take(code), ledger.take(code), portal.take(code), failures.take(code));
    }
}
