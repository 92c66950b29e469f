package vn.lienthong.reconcile.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.lienthong.sync.LedgerQueries;

/**
 * The gateway's side, as two page sources sorted by code (keyset pages on the primary key: no long
 * transaction, no cursor held): the ledger's rows and the open failed-sync records of the units, both read
 * through the sync module's {@link LedgerQueries}.
 */
@Component
class LedgerReader {

    private final LedgerQueries ledger;

    LedgerReader(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    PageSource<Entries.Ledger> ledger(Collection<String> units, int size) {
        return keyset(size, after -> ledger.delivered(units, after, size).stream()
                .map(d -> new Entries.Ledger(d.code(), d.version(), d.payloadHash())).toList());
    }

    PageSource<Entries.Failure> failures(Collection<String> units, int size) {
        return keyset(size, after -> ledger.openFailures(units, after, size).stream()
                .map(f -> new Entries.Failure(f.code(), f.version(), f.reason())).toList());
    }

    /** Pages after the last code of the page before: the next position is known only once a page is read. */
    private static <T extends Entries.Keyed> PageSource<T> keyset(int size, Function<String, List<T>> query) {
        return new PageSource<>() {
            @Override
            public Object first() {
                return "";
            }

            @Override
            public PageSource.Page<T> fetch(Object after) {
                List<T> rows = query.apply((String) after);
                return new PageSource.Page<>(rows, rows.size() < size ? null : rows.get(rows.size() - 1).code(), -1);
            }
        };
    }
}
