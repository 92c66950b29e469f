package vn.lienthong.platform;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Set-based statements: a whole batch goes to PostgreSQL as arrays and is unnested there, one statement. */
public final class PgArrays {

    private PgArrays() {
    }

    public static <T> T with(JdbcTemplate jdbc, ArrayStatement<T> statement) {
        return jdbc.execute((ConnectionCallback<T>) con -> statement.run(new Builder(con)));
    }

    public interface ArrayStatement<T> {
        T run(Builder arrays) throws SQLException;
    }

    public record Builder(Connection con) {

        public <E> Array text(Collection<E> items, Function<E, String> value) throws SQLException {
            return con.createArrayOf("text", items.stream().map(value).toArray());
        }

        public <E> Array bigint(Collection<E> items, Function<E, Long> value) throws SQLException {
            return con.createArrayOf("bigint", items.stream().map(value).toArray());
        }
    }
}
