package vn.lienthong.reconcile;

import java.sql.Array;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailedSyncStore;

/**
 * The gateway's side, as two page sources sorted by code (keyset pages on the primary key: no long
 * transaction, no cursor held): the ledger's rows and the open failed-sync records of the units.
 */
@Component
class LedgerReader {

    private final JdbcTemplate jdbc;

    LedgerReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PageSource<Entries.Ledger> ledger(Collection<String> units, int size) {
        return keyset(size, (after, unitArray) -> jdbc.query("""
                select code, delivered_version, payload_hash from sync_ledger
                 where code > ? and unit_code = any(?) order by code limit ?""",
                (rs, i) -> new Entries.Ledger(rs.getString(1), rs.getLong(2), rs.getString(3)),
                after, unitArray, size), units);
    }

    PageSource<Entries.Failure> failures(Collection<String> units, int size) {
        return keyset(size, (after, unitArray) -> jdbc.query("""
                select code, max(version), (array_agg(reason order by version desc))[1] from failed_sync
                 where status = 'open' and flow = ? and code > ? and unit_code = any(?)
                 group by code order by code limit ?""",
                (rs, i) -> new Entries.Failure(rs.getString(1), rs.getLong(2), rs.getString(3)),
                FailedSyncStore.FLOW, after, unitArray, size), units);
    }

    /** Pages after the last code of the page before: the next position is known only once a page is read. */
    private <T extends Entries.Keyed> PageSource<T> keyset(int size, KeysetQuery<T> query, Collection<String> units) {
        return new PageSource<>() {
            @Override
            public Object first() {
                return "";
            }

            @Override
            public PageSource.Page<T> fetch(Object after) {
                List<T> rows = jdbc.execute((ConnectionCallback<List<T>>) con ->
                        query.run((String) after, con.createArrayOf("text", units.toArray())));
                return new PageSource.Page<>(rows, rows.size() < size ? null : rows.get(rows.size() - 1).code(), -1);
            }
        };
    }

    private interface KeysetQuery<T> {
        List<T> run(String after, Array units);
    }
}
