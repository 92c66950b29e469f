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
import vn.lienthong.sync.SendAgain;

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
        List<String> fresh = withArrays(items, (codeArray, versionArray, marks) -> jdbc.query("""
                    insert into sync_version (code, version, state)
                    select c, v, 'queued' from unnest(?::text[], ?::bigint[]) as t(c, v)
                    on conflict (code, version) do nothing
                    returning code || ':' || version""",
                (rs, i) -> rs.getString(1), codeArray, versionArray));
        return new HashSet<>(fresh);
    }

    /**
     * Settles queued versions with their outcome; a version already settled is never settled again. A row waiting
     * for a copy sent again is settled by that copy only (one planned before it may lack what it was sent for); a
     * row waiting for none is settled by any copy. A version missing here (queued just before a crash undid its
     * row) is recorded with its outcome.
     */
    int decide(List<QueuedDossier> items, String state) {
        if (items.isEmpty()) {
            return 0;
        }
        return withArrays(items, (codes, versions, marks) -> jdbc.update("""
                insert into sync_version (code, version, state, decided_at, sent_again)
                select c, v, ?, now(), m from unnest(?::text[], ?::bigint[], ?::text[]) as t(c, v, m)
                on conflict (code, version) do update set state = excluded.state, decided_at = excluded.decided_at
                 where sync_version.state = 'queued'
                   and (sync_version.sent_again is null or sync_version.sent_again = excluded.sent_again)""",
                state, codes, versions, marks));
    }

    /**
     * Puts versions back to 'queued' whatever became of them before, each waiting for the copy with its mark: what
     * {@link vn.lienthong.sync.SendAgain} does before the copy is on the broker.
     */
    public void refresh(Collection<QueuedDossier> items) {
        if (items.isEmpty()) {
            return;
        }
        withArrays(items, (codes, versions, marks) -> jdbc.update("""
                insert into sync_version (code, version, state, sent_again)
                select distinct on (c, v) c, v, 'queued', m from unnest(?::text[], ?::bigint[], ?::text[]) as t(c, v, m)
                on conflict (code, version) do update set state = 'queued', decided_at = null,
                    sent_again = excluded.sent_again""", codes, versions, marks));
    }

    /** Which of these versions are settled: not 'queued' nor 'failed' (a row no longer there was settled and forgotten). */
    public Set<SendAgain.Sent> settled(Collection<SendAgain.Sent> sent) {
        if (sent.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(PgArrays.with(jdbc, a -> jdbc.query("""
                select t.c, t.v from unnest(?::text[], ?::bigint[]) as t(c, v)
                 where not exists (select 1 from sync_version s
                                    where s.code = t.c and s.version = t.v and s.state in ('queued', 'failed'))""",
                (rs, i) -> new SendAgain.Sent(rs.getString(1), rs.getLong(2)),
                a.text(sent, SendAgain.Sent::code), a.bigint(sent, SendAgain.Sent::version))));
    }

    /** Versions pulled and not yet settled: what waits on the broker. */
    public long queued() {
        Long n = jdbc.queryForObject("select count(*) from sync_version where state = 'queued'", Long.class);
        return n == null ? 0 : n;
    }

    /** True when none of these copies' versions still waits for that copy's outcome. */
    boolean allDecided(List<QueuedDossier> items) {
        Integer undecided = withArrays(items, (codes, versions, marks) -> jdbc.queryForObject("""
                select count(*) from sync_version s join unnest(?::text[], ?::bigint[], ?::text[]) as t(c, v, m)
                  on s.code = t.c and s.version = t.v
                 where s.state = 'queued' and s.sent_again is not distinct from t.m""", Integer.class, codes, versions, marks));
        return undecided != null && undecided == 0;
    }

    private <T> T withArrays(Collection<QueuedDossier> items, ArrayQuery<T> query) {
        return PgArrays.with(jdbc, arrays -> query.run(arrays.text(items, QueuedDossier::code),
                arrays.bigint(items, QueuedDossier::version), arrays.text(items, QueuedDossier::mark)));
    }

    private interface ArrayQuery<T> {
        T run(Array codes, Array versions, Array marks) throws java.sql.SQLException;
    }
}
