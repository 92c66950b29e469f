package vn.lienthong.ops;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Intake or delivery of an external system paused by an operator (announced maintenance). Kept in PostgreSQL,
 * so a pause survives restarts and holds for every gateway instance; the routes ask before each poll.
 */
@Component
public class SystemPauses {

    public static final String INTAKE = "intake";
    public static final String DELIVERY = "delivery";

    private final JdbcTemplate jdbc;

    public SystemPauses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For routes: true while the system's intake is not paused. */
    public boolean intakeOpen(String system) {
        return !isPaused(system, INTAKE);
    }

    /** For routes: true while the system's delivery is paused. */
    public boolean deliveryPaused(String system) {
        return isPaused(system, DELIVERY);
    }

    /**
     * For the look-up routes: true while a national database is paused. The gateway only asks such a system, so
     * pausing either its intake or its delivery stops the look-ups; they wait in verification_task.
     */
    public boolean lookupsPaused(String system) {
        Integer n = jdbc.queryForObject("select count(*) from system_pause where system = ?", Integer.class, system);
        return n != null && n > 0;
    }

    public boolean isPaused(String system, String what) {
        Integer n = jdbc.queryForObject("select count(*) from system_pause where system = ? and what = ?",
                Integer.class, system, what);
        return n != null && n > 0;
    }

    /** Every paused "system/what". */
    public Set<String> paused() {
        return new HashSet<>(jdbc.queryForList("select system || '/' || what from system_pause", String.class));
    }

    /** A pause: what, who set it and when. */
    public record Pause(String system, String what, String pausedBy, Instant pausedAt) {
    }

    public List<Pause> all() {
        return jdbc.query("select system, what, paused_by, paused_at from system_pause order by system, what",
                (rs, i) -> new Pause(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
    }

    public void pause(String system, String what, String actor) {
        jdbc.update("insert into system_pause (system, what, paused_by) values (?, ?, ?) on conflict do nothing",
                system, what, actor);
    }

    public void resume(String system, String what) {
        jdbc.update("delete from system_pause where system = ? and what = ?", system, what);
    }
}
