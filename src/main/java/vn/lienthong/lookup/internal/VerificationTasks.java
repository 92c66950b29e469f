package vn.lienthong.lookup.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The verification_task table: look-ups still to do, recorded in sets and taken in batches with a lease. */
@Component
public class VerificationTasks {

    private final JdbcTemplate jdbc;
    private final LookupsSettings settings;

    public VerificationTasks(JdbcTemplate jdbc, LookupsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Records look-ups to do, one statement for a whole feed page; an applicant already verified (same
     * fingerprint in verification_result) or already waiting is left alone.
     */
    public void add(List<VerificationTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        withArrays(con -> jdbc.update("""
                insert into verification_task (code, source, version, fingerprint, record)
                select c, s, v, f, r from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) as t(c, s, v, f, r)
                 where not exists (select 1 from verification_result x
                                    where x.code = t.c and x.source = t.s and x.fingerprint = t.f)
                on conflict (code, source) do update set version = excluded.version, fingerprint = excluded.fingerprint,
                    record = excluded.record, attempts = 0, next_attempt_at = now(), last_error = null,
                    last_error_code = null, last_error_args = null
                 where verification_task.version < excluded.version
                   and verification_task.fingerprint <> excluded.fingerprint""",
                text(con, tasks, VerificationTask::code), text(con, tasks, t -> t.source().system()),
                con.createArrayOf("bigint", tasks.stream().map(VerificationTask::version).toArray()),
                text(con, tasks, VerificationTask::fingerprint), text(con, tasks, VerificationTask::record)));
    }

    /**
     * A replay puts refused look-ups back as due, so the look-up route takes them again; a task already waiting
     * for a newer version of the dossier is left as it is (it is looked up anyway).
     */
    public void requeue(List<VerificationTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        withArrays(con -> jdbc.update("""
                insert into verification_task (code, source, version, fingerprint, record)
                select c, s, v, f, r from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[]) as t(c, s, v, f, r)
                on conflict (code, source) do update set next_attempt_at = now(), attempts = 0, last_error = null,
                    last_error_code = null, last_error_args = null
                 where verification_task.version <= excluded.version""",
                text(con, tasks, VerificationTask::code), text(con, tasks, t -> t.source().system()),
                con.createArrayOf("bigint", tasks.stream().map(VerificationTask::version).toArray()),
                text(con, tasks, VerificationTask::fingerprint), text(con, tasks, VerificationTask::record)));
    }

    /** Takes up to a batch of due look-ups for one system; they come back by themselves after the lease. */
    public List<VerificationTask> take(String system) {
        LookupSource source = LookupSource.of(system);
        return jdbc.query("""
                update verification_task t set next_attempt_at = now() + ?::interval, attempts = t.attempts + 1
                  from (select code from verification_task where source = ? and next_attempt_at <= now()
                         order by next_attempt_at limit ? for update skip locked) due
                 where t.source = ? and t.code = due.code
                returning t.code, t.version, t.fingerprint, t.record, t.attempts""",
                (rs, i) -> new VerificationTask(rs.getString(1), source, rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)),
                settings.lease().toSeconds() + " seconds", system, settings.batchSize(), system);
    }

    /** National look-ups still to do, of every source. */
    public long waiting() {
        Long n = jdbc.queryForObject("select count(*) from verification_task", Long.class);
        return n == null ? 0 : n;
    }

    public int waiting(LookupSource source) {
        Integer n = jdbc.queryForObject("select count(*) from verification_task where source = ?", Integer.class,
                source.system());
        return n == null ? 0 : n;
    }

    private <T> T withArrays(ConnectionCallback<T> statement) {
        return jdbc.execute(statement);
    }

    public static <E> Array text(Connection con, Collection<E> items, Function<E, String> value) throws SQLException {
        return con.createArrayOf("text", items.stream().map(value).toArray());
    }
}
