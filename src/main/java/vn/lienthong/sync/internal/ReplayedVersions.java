package vn.lienthong.sync.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.PgArrays;
import vn.lienthong.sync.QueuedDossier;

/** sync_version's side of a replay: the replayed version waits for its outcome again, like any queued one. */
@Component
class ReplayedVersions {

    private final JdbcTemplate jdbc;
    private final SyncVersions versions;

    ReplayedVersions(JdbcTemplate jdbc, SyncVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    boolean known(QueuedDossier item) {
        Integer n = jdbc.queryForObject("select count(*) from sync_version where code = ? and version = ?",
                Integer.class, item.code(), item.version());
        return n != null && n > 0;
    }

    void pulled(List<QueuedDossier> items) {
        versions.recordPulled(items);
    }

    /** A failed version goes back to 'queued', so the delivery's outcome settles it again. */
    void queuedAgain(List<QueuedDossier> items) {
        if (items.isEmpty()) {
            return;
        }
        PgArrays.with(jdbc, a -> jdbc.update("""
                insert into sync_version (code, version, state)
                select distinct c, v, 'queued' from unnest(?::text[], ?::bigint[]) as t(c, v)
                on conflict (code, version) do update set state = 'queued', decided_at = null
                 where sync_version.state = 'failed'""",
                a.text(items, QueuedDossier::code), a.bigint(items, QueuedDossier::version)));
    }
}
