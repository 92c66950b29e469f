package vn.lienthong.failures;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryLines;

/** The loop guard's other half: a person lifts the quarantine mark once they have looked. */
@Component
public class Quarantine {

    private final JdbcTemplate jdbc;
    private final DossierEvents events;

    Quarantine(JdbcTemplate jdbc, DossierEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public boolean release(long id, String actor) {
        List<Object[]> released = jdbc.query("""
                update failed_sync set status = 'open', replays = 0, loop_guard_armed = false
                 where id = ? and status = 'quarantined' returning code, version""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class)}, id);
        if (released.isEmpty()) {
            return false;
        }
        jdbc.update("insert into failed_sync_attempt (failure_id, kind, actor) values (?, 'release', ?)", id, actor);
        Object[] row = released.get(0);
        if (row[0] != null) {
            events.record(List.of(DossierEvent.of((String) row[0], (Long) row[1], DossierEvent.Kind.RELEASED,
                    StoryLines.RELEASED.reason("released from quarantine by " + actor, actor))));
        }
        return true;
    }
}
