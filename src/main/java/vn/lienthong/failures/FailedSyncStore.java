package vn.lienthong.failures;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.DossierCodes;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.StorableText;

/**
 * The failed-sync table, shared by every flow: the record as received, the stage, the reason and the
 * number of attempts; failing again the same way counts one more attempt on the same row.
 */
@Component
public class FailedSyncStore {

    /** The reason's arguments: JSON, whose writer already escapes a NUL. */
    private static final int ARGS_COLUMN = 6;

    private final JdbcTemplate jdbc;

    public FailedSyncStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A failure is settled once a newer version of the same dossier reached the portal, or the same version
     * did (a replay); a refused handling step of a delivered version stays until a newer version is delivered.
     */
    public void resolveOlderThan(String flow, List<Version> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                update failed_sync f set status = 'resolved' from unnest(?::text[], ?::bigint[]) as t(c, v)
                 where f.code = t.c and (f.version < t.v or (f.version = t.v and f.stage <> 'progress'))
                   and f.status <> 'resolved' and f.flow = ?""",
                a.text(delivered, Version::code), a.bigint(delivered, Version::version), flow));
    }

    /**
     * Another flow's records reached their target (a look-up verified, a payment confirmed): their failures, by
     * stage and record key, are settled, whether a replay or the flow's own retries got them there.
     */
    public void resolveFlow(String flow, List<String> stages, List<String> recordKeys) {
        if (recordKeys.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                update failed_sync f set status = 'resolved' from unnest(?::text[], ?::text[]) as t(s, k)
                 where f.flow = ? and f.stage = t.s and f.record_key = t.k and f.status <> 'resolved'""",
                a.text(stages, s -> s), a.text(recordKeys, k -> k), flow));
    }

    /** Failures of another flow (verification, ...), keyed by code and stage; failing again counts an attempt. */
    public void recordFlowFailures(List<FlowFailure> failures) {
        upsert(failures.stream().map(f -> new Object[] {f.system(), f.flow(), f.stage(), f.reasonClass(),
                f.reason().text(), f.reason().code(), f.reason().argsJson(), f.code(), f.code(), f.version(),
                f.procedureCode(), DossierCodes.unitCode(f.code()), f.record()}).toList());
    }

    /** Versioned records of one flow (the dossier sync); a record without a code is kept under its key alone. */
    public void recordVersioned(String system, String flow, List<VersionedFailure> failures) {
        upsert(failures.stream().map(f -> new Object[] {system, flow, f.stage(), f.reasonClass(), f.reason().text(),
                f.reason().code(), f.reason().argsJson(), f.recordKey(), f.code(), f.version(), f.procedureCode(),
                f.code() == null ? null : DossierCodes.unitCode(f.code()), f.record()}).toList());
    }

    /** Records of another flow (payments, ...) that no retry will fix; failing again the same way adds an attempt. */
    public void recordFlow(String system, String flow, List<FailedRecord> failures) {
        upsert(failures.stream().map(f -> new Object[] {system, flow, f.stage(), f.reasonClass(), f.reason().text(),
                f.reason().code(), f.reason().argsJson(), f.recordKey(), f.code(), null, null,
                f.code() == null ? null : DossierCodes.unitCode(f.code()), f.record()})
                .toList());
    }

    /**
     * One row per failed record; the same record failing again at the same stage counts one more attempt. Text is
     * stored escaped when PostgreSQL could not store it as it is (a NUL refused, a lone surrogate changed): a failure
     * is kept whatever its record holds.
     */
    private void upsert(List<Object[]> raw) {
        if (raw.isEmpty()) {
            return;
        }
        List<Object[]> rows = raw.stream().map(FailedSyncStore::storable).toList();
        jdbc.batchUpdate("""
                insert into failed_sync (system, flow, stage, reason_class, reason, reason_code, reason_args, record_key,
                                         code, version, procedure_code, unit_code, record)
                values (?, ?, ?, ?, ?, ?, ?::json, ?, ?, ?, ?, ?, ?)
                on conflict (flow, stage, record_key) do update set attempts = failed_sync.attempts + 1,
                    reason = excluded.reason, reason_code = excluded.reason_code,
                    reason_args = excluded.reason_args, reason_class = excluded.reason_class, record = excluded.record,
                    version = excluded.version, last_failed_at = now(), status = 'open'""", rows);
    }

    private static Object[] storable(Object[] row) {
        Object[] stored = row.clone();
        for (int i = 0; i < stored.length; i++) {
            if (i != ARGS_COLUMN && stored[i] instanceof String text) {
                stored[i] = StorableText.of(text);
            }
        }
        return stored;
    }

    /** A version of a record that reached its target: its older failures are settled. */
    public record Version(String code, long version) {
    }

    /** One failed version of a record: where, why, its key, code and version (null when unidentified). */
    public record VersionedFailure(String stage, String reasonClass, Reason reason, String recordKey, String code,
                                   Long version, String procedureCode, String record) {
    }

    /** One failed record of another flow: the record as received, its key, and why. */
    public record FailedRecord(String stage, String reasonClass, Reason reason, String recordKey, String code,
                               String record) {
    }
}
