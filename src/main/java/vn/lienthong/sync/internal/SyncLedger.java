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
import vn.lienthong.sync.QueuedDossier;

/**
 * One row per dossier: the newest version the portal accepted, the hash of what was sent, when, how; beside it
 * (sync_sending) the newest version a take was about to push, which the portal may hold unconfirmed.
 */
@Component
public class SyncLedger {

    private final JdbcTemplate jdbc;

    public SyncLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the ledger knows of these dossiers: what the portal confirmed and the newest version a take was about to
     * push. A dossier with neither has no position.
     */
    public Map<String, LedgerPosition> positions(Collection<String> codes) {
        Map<String, LedgerPosition> positions = new HashMap<>();
        if (codes.isEmpty()) {
            return positions;
        }
        PgArrays.with(jdbc, a -> {
            jdbc.query("""
                    select t.code, l.delivered_version, l.last_step_at, l.payload_hash, s.version
                      from unnest(?::text[]) as t(code)
                      left join sync_ledger l on l.code = t.code
                      left join sync_sending s on s.code = t.code
                     where l.code is not null or s.code is not null""",
                    rs -> {
                        Timestamp at = rs.getTimestamp(3);
                        positions.put(rs.getString(1), new LedgerPosition(rs.getLong(2),
                                at == null ? null : at.toInstant().atOffset(VietnamTime.OFFSET), rs.getString(4),
                                rs.getLong(5)));
                    },
                    a.text(codes, c -> c));
            return null;
        });
        return positions;
    }

    /**
     * Marks, before any portal call, the version of each dossier about to be pushed: from then on the portal may
     * hold it, whatever becomes of the answer. A mark only moves forward. One statement per take.
     */
    void markSending(List<Delivery> pushes) {
        if (pushes.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                insert into sync_sending (code, version, marked_at)
                select c, v, now() from unnest(?::text[], ?::bigint[]) as t(c, v)
                on conflict (code) do update set version = excluded.version, marked_at = excluded.marked_at
                 where sync_sending.version < excluded.version""",
                a.text(pushes, Delivery::code), a.bigint(pushes, d -> d.source().version())));
    }

    /** The portal refused these versions for good: it does not hold them, their marks must not hold older ones back. */
    void unmarkRefused(List<QueuedDossier> refused) {
        if (refused.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                delete from sync_sending s using unnest(?::text[], ?::bigint[]) as t(c, v)
                 where s.code = t.c and s.version = t.v""",
                a.text(refused, QueuedDossier::code), a.bigint(refused, QueuedDossier::version)));
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
