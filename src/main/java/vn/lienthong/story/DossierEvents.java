package vn.lienthong.story;

import java.sql.Array;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Reason;

/**
 * Records what happened to dossiers, a whole batch in one statement, inside the caller's transaction (so an
 * event exists exactly when the outcome it tells of was committed). Any flow may call it.
 */
@Component
public class DossierEvents {

    private final JdbcTemplate jdbc;

    public DossierEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<DossierEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) con -> jdbc.update("""
                insert into dossier_event (code, version, kind, detail, detail_code, detail_args)
                select c, v, k, d, dc, da::json
                  from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                  as t(c, v, k, d, dc, da, n) order by n""",
                array(con, "text", events, DossierEvent::code), array(con, "bigint", events, DossierEvent::version),
                array(con, "text", events, DossierEvent::kind), array(con, "text", events, e -> detail(e).text()),
                array(con, "text", events, e -> detail(e).code()), array(con, "text", events, e -> detail(e).argsJson())));
    }

    /** Every event recorded for a dossier, oldest first. */
    public List<StoryEntry> story(String code) {
        return jdbc.query("select version, at, kind, detail, detail_code, detail_args::text from dossier_event"
                        + " where code = ? order by id",
                (rs, i) -> new StoryEntry(rs.getObject(1, Long.class), rs.getObject(2, java.time.OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), Reason.argsOf(rs.getString(6))), code);
    }

    private static Reason detail(DossierEvent event) {
        return event.detail() == null ? Reason.uncoded(null) : event.detail();
    }

    private static <E> Array array(Connection con, String type, List<E> items, Function<E, Object> value)
            throws java.sql.SQLException {
        return con.createArrayOf(type, items.stream().map(value).toArray());
    }
}
