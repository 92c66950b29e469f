package vn.lienthong.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailureQueries.OpenFailure;
import vn.lienthong.failures.FailureQueries;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.sync.internal.DossierReplayer;

/**
 * The sync spine as other modules read it (reconciliation, monitoring): what the ledger says was delivered, what
 * waits on the broker, and the dossier sync's open failures. Only this module writes its tables.
 */
@Component
public class LedgerQueries {

    private final JdbcTemplate jdbc;
    private final FailureQueries failures;

    LedgerQueries(JdbcTemplate jdbc, FailureQueries failures) {
        this.jdbc = jdbc;
        this.failures = failures;
    }

    /** A dossier the ledger says was delivered: its version and the hash of what was sent. */
    public record Delivered(String code, long version, String payloadHash) {
    }

    /** Dossier versions pulled from the province and still on the broker, and when the oldest was pulled. */
    public record Backlog(long versions, Instant oldestPulledAt) {
    }

    /** Delivered dossiers of these units with a code after {@code afterCode}, in code order (a keyset page). */
    public List<Delivered> delivered(Collection<String> units, String afterCode, int size) {
        return PgArrays.with(jdbc, a -> jdbc.query("""
                select code, delivered_version, payload_hash from sync_ledger
                 where code > ? and unit_code = any(?) order by code limit ?""",
                (rs, i) -> new Delivered(rs.getString(1), rs.getLong(2), rs.getString(3)),
                afterCode, a.text(units, u -> u), size));
    }

    /** Open failures of the dossier sync in these units, one per dossier (its newest), in code order. */
    public List<OpenFailure> openFailures(Collection<String> units, String afterCode, int size) {
        return failures.open(DossierReplayer.FLOW, units, afterCode, size);
    }

    /** Every unit the ledger knows: delivered for, or holding an open failure of the dossier sync. */
    public List<String> units() {
        // a loose index scan: one probe of sync_ledger_unit per unit, however many dossiers
        List<String> delivered = jdbc.queryForList("""
                with recursive u(unit) as (
                  select min(unit_code) from sync_ledger
                  union all
                  select (select min(unit_code) from sync_ledger where unit_code > u.unit) from u where u.unit is not null)
                select unit from u where unit is not null""", String.class);
        return Stream.concat(delivered.stream(), failures.unitsWithOpenFailures(DossierReplayer.FLOW).stream())
                .distinct().toList();
    }

    /** The newest version of each of these dossiers that waits on the broker. */
    public Map<String, Long> queuedVersions(Collection<String> codes) {
        Map<String, Long> queued = new HashMap<>();
        if (codes.isEmpty()) {
            return queued;
        }
        PgArrays.with(jdbc, a -> {
            jdbc.query("""
                    select code, max(version) from sync_version where state = 'queued' and code = any(?) group by code""",
                    rs -> {
                        queued.put(rs.getString(1), rs.getLong(2));
                    }, a.text(codes, c -> c));
            return null;
        });
        return queued;
    }

    public Backlog backlog() {
        Map<String, Object> row = jdbc.queryForMap(
                "select count(*) as n, min(pulled_at) as oldest from sync_version where state = 'queued'");
        Object oldest = row.get("oldest");
        return new Backlog(row.get("n") == null ? 0 : ((Number) row.get("n")).longValue(),
                oldest == null ? null : ((Timestamp) oldest).toInstant());
    }
}
