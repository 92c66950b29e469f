package vn.lienthong.sync;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;

/**
 * The failed-sync table, shared by every flow: the record as received, the stage, the reason and the
 * number of attempts; failing again the same way counts one more attempt on the same row.
 */
@Component
public class FailedSyncStore {

    public static final String FLOW = "dossier-sync";

    private final JdbcTemplate jdbc;

    public FailedSyncStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A failure is settled once a newer version of the same dossier reached the portal. */
    void resolveOlderThan(List<ChunkOutcome.Delivered> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                update failed_sync set status = 'resolved'
                 where code = ? and version < ? and status = 'open' and flow = ?""",
                delivered.stream().map(d -> new Object[] {d.delivery().code(), d.delivery().source().version(), FLOW})
                        .toList());
    }

    void record(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into failed_sync (system, flow, stage, reason_class, reason, record_key, code, version,
                                         procedure_code, unit_code, record)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (flow, stage, record_key) do update set attempts = failed_sync.attempts + 1,
                    reason = excluded.reason, reason_class = excluded.reason_class, record = excluded.record,
                    last_failed_at = now(), status = 'open'""",
                rejections.stream().map(r -> {
                    QueuedDossier source = r.source();
                    boolean identified = !source.code().startsWith("#");
                    return new Object[] {DvcqgClient.SYSTEM, FLOW, r.stage(), r.reasonClass(), r.reason(), source.key(),
                            identified ? source.code() : null, identified ? source.version() : null,
                            r.procedureCode(), identified ? SyncLedger.unitCode(source.code()) : null, source.raw()};
                }).toList());
    }
}
