package vn.lienthong.reconcile.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Reason;

/** The findings of runs (everything not in agreement), written a batch at a time. */
@Component
public class FindingStore {

    static final String COLUMNS = "code, unit_code, kind, provincial_version, ledger_version, ledger_hash, "
            + "portal_hash, repair, detail";
    /** The detail's message code and arguments, for readers in another language than the detail's English. */
    private static final String DETAIL_CODE = "detail_code, detail_args";

    private final JdbcTemplate jdbc;

    FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long runId, List<Finding> findings, Map<String, String> repairs) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into reconciliation_finding (run_id, " + COLUMNS + ", " + DETAIL_CODE + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json) on conflict (run_id, code) do nothing",
                findings.stream().map(f -> {
                    Comparison c = f.comparison();
                    return new Object[] {runId, c.code(), c.unit(), f.kind().wireName(),
                            c.province() == null ? null : c.province().version(),
                            c.ledger() == null ? null : c.ledger().version(),
                            c.ledger() == null ? null : c.ledger().hash(),
                            c.portal() == null ? null : c.portal().hash(),
                            repairs.getOrDefault(c.code(), "none"), f.detail() == null ? null : f.detail().text(),
                            f.detail() == null ? null : f.detail().code(), f.detail() == null ? null : f.detail().argsJson()};
                }).toList());
    }

    /** One page of a run's findings in code order, optionally of one kind. */
    public List<Map<String, Object>> page(long runId, String kind, String after, int limit) {
        List<Map<String, Object>> rows = jdbc.queryForList("select " + COLUMNS + ", detail_code, detail_args::text"
                        + " from reconciliation_finding where run_id = ? and (?::text is null or kind = ?) and code > ?"
                        + " order by code limit ?", runId, kind, kind, after == null ? "" : after, limit);
        rows.forEach(row -> row.put("detail_args", Reason.argsOf((String) row.get("detail_args"))));
        return rows;
    }
}
