package vn.lienthong.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Set-based statements: a whole batch goes to PostgreSQL as arrays and is unnested there, one statement. */
final class PgArrays {

    private PgArrays() {
    }

    static <T> T with(JdbcTemplate jdbc, ArrayStatement<T> statement) {
        return jdbc.execute((ConnectionCallback<T>) con -> statement.run(new Builder(con)));
    }

    interface ArrayStatement<T> {
        T run(Builder arrays) throws SQLException;
    }

    record Builder(Connection con) {

        <E> Array text(Collection<E> items, Function<E, String> value) throws SQLException {
            return con.createArrayOf("text", items.stream().map(value).toArray());
        }

        <E> Array bigint(Collection<E> items, Function<E, Long> value) throws SQLException {
            return con.createArrayOf("bigint", items.stream().map(value).toArray());
        }
    }
}
