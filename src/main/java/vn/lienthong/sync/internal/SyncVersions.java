package vn.lienthong.sync.internal;

import java.sql.Array;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.sync.QueuedDossier;

/** Every pulled dossier version and its fate (queued, delivered, superseded, failed), in sync_version. */
@Component
public class SyncVersions {

    private final JdbcTemplate jdbc;

    public SyncVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records versions never pulled before and returns their keys; versions already known are left out. */
    Set<String> recordPulled(Collection<QueuedDossier> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        List<String> fresh = withArrays(items, (codeArray, versionArray) -> jdbc.query("""
                    insert into sync_version (code, version, state)
                    select c, v, 'queued' from unnest(?::text[], ?::bigint[]) as t(c, v)
                    on conflict (code, version) do nothing
                    returning code || ':' || version""",
                (rs, i) -> rs.getString(1), codeArray, versionArray));
        return new HashSet<>(fresh);
    }

    /**
     * Settles queued versions with their outcome; a version already settled is never settled again. A
     * version missing here (queued just before a crash undid its row) is recorded with its outcome.
     */
    int decide(List<QueuedDossier> items, String state) {
        if (items.isEmpty()) {
            return 0;
        }
        return withArrays(items, (codes, versions) -> jdbc.update("""
                insert into sync_version (code, version, state, decided_at)
                select c, v, ?, now() from unnest(?::text[], ?::bigint[]) as t(c, v)
                on conflict (code, version) do update set state = excluded.state, decided_at = excluded.decided_at
                 where sync_version.state = 'queued'""", state, codes, versions));
    }

    /** Marks versions as waiting on the broker again (re-syncs), whatever became of them before. */
    public void requeue(Collection<QueuedDossier> items) {
        if (items.isEmpty()) {
            return;
        }
        withArrays(items, (codes, versions) -> jdbc.update("""
                insert into sync_version (code, version, state)
                select c, v, 'queued' from unnest(?::text[], ?::bigint[]) as t(c, v)
                on conflict (code, version) do update set state = 'queued', decided_at = null""", codes, versions));
    }

    /** Versions pulled and not yet settled: what waits on the broker. */
    public long queued() {
        Long n = jdbc.queryForObject("select count(*) from sync_version where state = 'queued'", Long.class);
        return n == null ? 0 : n;
    }

    /** True when none of these versions is still waiting for its outcome. */
    boolean allDecided(List<QueuedDossier> items) {
        Integer undecided = withArrays(items, (codes, versions) -> jdbc.queryForObject("""
                select count(*) from sync_version s join unnest(?::text[], ?::bigint[]) as t(c, v)
                  on s.code = t.c and s.version = t.v where s.state = 'queued'""", Integer.class, codes, versions));
        return undecided != null && undecided == 0;
    }

    private <T> T withArrays(Collection<QueuedDossier> items, ArrayQuery<T> query) {
        return PgArrays.with(jdbc, arrays -> query.run(
                arrays.text(items, QueuedDossier::code), arrays.bigint(items, QueuedDossier::version)));
    }

    private interface ArrayQuery<T> {
        T run(Array codes, Array versions) throws java.sql.SQLException;
    }
}
