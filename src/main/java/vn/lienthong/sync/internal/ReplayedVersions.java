package vn.lienthong.sync.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.sync.QueuedDossier;

/** sync_version's side of a replay's re-read: whether a version is known, and a new one recorded as pulled. */
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
}
