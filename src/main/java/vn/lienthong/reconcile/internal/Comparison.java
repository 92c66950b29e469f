package vn.lienthong.reconcile.internal;

/**
 * One dossier as the three sources (and the failed-sync table) see it; a side that did not list it in the
 * period is null.
 */
record Comparison(String code, Entries.Provincial province, Entries.Ledger ledger, Entries.Portal portal,
                  Entries.Failure failure) {

    String unit() {
        return CodeOrder.unitOf(code);
    }

    Comparison withProvince(Entries.Provincial found) {
        return new Comparison(code, found, ledger, portal, failure);
    }

    Comparison withPortalHash(String hash) {
        return new Comparison(code, province, ledger, new Entries.Portal(code, hash, ""), failure);
    }
}
