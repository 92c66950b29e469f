package vn.lienthong.sync.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.DossierCodes;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.platform.VietnamTime;

/** One row per dossier: the newest version the portal accepted, the hash of what was sent, when, how. */
@Component
public class SyncLedger {


    private final JdbcTemplate jdbc;

    public SyncLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, LedgerPosition> positions(Collection<String> codes) {
        Map<String, LedgerPosition> positions = new HashMap<>();
        if (codes.isEmpty()) {
            return positions;
        }
        PgArrays.with(jdbc, a -> {
            jdbc.query("select code, delivered_version, last_step_at, payload_hash from sync_ledger where code = any(?::text[])",
                    rs -> {
                        Timestamp at = rs.getTimestamp(3);
                        positions.put(rs.getString(1), new LedgerPosition(rs.getLong(2),
                                at == null ? null : at.toInstant().atOffset(VietnamTime.OFFSET), rs.getString(4)));
                    },
                    a.text(codes, c -> c));
            return null;
        });
        return positions;
    }

    /**
     * Moves each dossier's row forward; an older version changes nothing, the same version only when its
     * content changed (the national databases consulted for it were added,
     * or a re-sync found it altered at the portal).
     */
    void recordPushed(List<DeliveryProgress.Pushed> pushed) {
        if (pushed.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                insert into sync_ledger (code, unit_code, delivered_version, payload_hash, delivered_at, outcome)
                select c, u, v, h, now(), o from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                  as t(c, u, v, h, o)
                on conflict (code) do update set delivered_version = excluded.delivered_version,
                    payload_hash = excluded.payload_hash, delivered_at = excluded.delivered_at,
                    outcome = excluded.outcome
                 where sync_ledger.delivered_version < excluded.delivered_version
                    or (sync_ledger.delivered_version = excluded.delivered_version
                        and sync_ledger.payload_hash <> excluded.payload_hash)""",
                a.text(pushed, p -> p.delivery().code()),
                a.text(pushed, p -> DossierCodes.unitCode(p.delivery().code())),
                a.bigint(pushed, p -> p.delivery().source().version()),
                a.text(pushed, p -> p.delivery().contentHash()),
                a.text(pushed, DeliveryProgress.Pushed::outcome)));
    }

    /** The portal has every handling step up to this time (steps are identified by their time there). */
    void recordStepsSent(Map<String, OffsetDateTime> upTo) {
        if (upTo.isEmpty()) {
            return;
        }
        var entries = upTo.entrySet();
        PgArrays.with(jdbc, a -> jdbc.update("""
                update sync_ledger l set last_step_at = t.at::timestamptz
                  from unnest(?::text[], ?::text[]) as t(c, at)
                 where l.code = t.c and (l.last_step_at is null or l.last_step_at < t.at::timestamptz)""",
                a.text(entries, Map.Entry::getKey), a.text(entries, e -> e.getValue().toString())));
    }


}
