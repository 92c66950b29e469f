package vn.lienthong.reconcile.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The findings of runs (everything not in agreement), written a batch at a time. */
@Component
public class FindingStore {

    static final String COLUMNS = "code, unit_code, kind, provincial_version, ledger_version, ledger_hash, "
            + "portal_hash, repair, detail";

    private final JdbcTemplate jdbc;

    FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long runId, List<Finding> findings, Map<String, String> repairs) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into reconciliation_finding (run_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (run_id, code) do nothing",
                findings.stream().map(f -> {
                    Comparison c = f.comparison();
                    return new Object[] {runId, c.code(), c.unit(), f.kind().wireName(),
                            c.province() == null ? null : c.province().version(),
                            c.ledger() == null ? null : c.ledger().version(),
                            c.ledger() == null ? null : c.ledger().hash(),
                            c.portal() == null ? null : c.portal().hash(),
                            repairs.getOrDefault(c.code(), "none"), f.detail()};
                }).toList());
    }

    /** One page of a run's findings in code order, optionally of one kind. */
    public List<Map<String, Object>> page(long runId, String kind, String after, int limit) {
        return jdbc.queryForList("select " + COLUMNS + " from reconciliation_finding where run_id = ?"
                        + " and (?::text is null or kind = ?) and code > ? order by code limit ?",
                runId, kind, kind, after == null ? "" : after, limit);
    }
}
