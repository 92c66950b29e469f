package vn.lienthong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Raw limit of the gateway's database work, with its own statements on a sync_version/sync_ledger schema
 * made by the gateway's Flyway script: pulled versions inserted with {@code unnest} in statements of 1000
 * (SyncVersions.recordPulled), settled the same way (SyncVersions.decide), and ledger rows written as
 * SyncLedger does (JDBC batch of 50, rewritten into one multi-row insert), one transaction per statement; then
 * what a take adds: its pushes marked as being sent (SyncLedger.markSending, 500 a statement), and its positions read
 * with and without the marks beside the ledger.
 *
 * <p>Usage: PostgresRawBench [rows=100000] [synchronous_commit=server default] [jdbcUrl (else embedded)]
 * <br>The gateway's embedded PostgreSQL (zonky) runs with synchronous_commit=off, its default.
 */
public final class PostgresRawBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String syncCommit = args.length > 1 && !args[1].isBlank() ? args[1] : null;
        String url = args.length > 2 ? args[2] : null;
        Path dir = null;
        EmbeddedPostgres pg = null;
        if (url == null) {
            dir = Files.createTempDirectory("bench-postgres-");
            pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
            url = pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
        }
        try (Connection con = DriverManager.getConnection(url)) {
            try (Statement st = con.createStatement()) {
                st.execute("drop table if exists sync_version, sync_ledger, sync_sending, feed_cursor, failed_sync");
                for (String script : new String[] {"V1__sync_spine.sql", "V16__sync_sending.sql"}) {
                    st.execute(new String(PostgresRawBench.class.getResourceAsStream("/db/migration/" + script)
                            .readAllBytes(), StandardCharsets.UTF_8));
                }
                if (syncCommit != null) {
                    st.execute("set synchronous_commit = " + syncCommit);
                }
                try (ResultSet rs = st.executeQuery("show synchronous_commit")) {
                    rs.next();
                    syncCommit = rs.getString(1);
                }
            }
            String[] codes = new String[n];
            Long[] versions = new Long[n];
            for (int i = 0; i < n; i++) {
                codes[i] = String.format("000.00.%02d.G18-251120-%06d", i % 97, i);
                versions[i] = 1L + i % 3;
            }
            String tag = "(1000/stmt,sync_commit=" + syncCommit + ")";
            long t0 = System.nanoTime();
            arrays(con, codes, versions, 1000, """
                    insert into sync_version (code, version, state)
                    select c, v, 'queued' from unnest(?::text[], ?::bigint[]) as t(c, v)
                    on conflict (code, version) do nothing returning code || ':' || version""");
            BenchSupport.report("postgres-insert" + tag, n, System.nanoTime() - t0);

            long t1 = System.nanoTime();
            arrays(con, codes, versions, 1000, """
                    insert into sync_version (code, version, state, decided_at)
                    select c, v, 'delivered', now() from unnest(?::text[], ?::bigint[]) as t(c, v)
                    on conflict (code, version) do update set state = excluded.state, decided_at = excluded.decided_at
                     where sync_version.state = 'queued'""");
            BenchSupport.report("postgres-update" + tag, n, System.nanoTime() - t1);

            long t2 = System.nanoTime();
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into sync_ledger (code, unit_code, delivered_version, payload_hash, last_step_at, delivered_at, outcome)
                    values (?, ?, ?, ?, ?, now(), ?)
                    on conflict (code) do update set delivered_version = excluded.delivered_version,
                        payload_hash = excluded.payload_hash, last_step_at = excluded.last_step_at,
                        delivered_at = excluded.delivered_at, outcome = excluded.outcome
                     where sync_ledger.delivered_version < excluded.delivered_version""")) {
                String hash = "0123456789abcdef".repeat(4);
                Timestamp at = Timestamp.from(Instant.now());
                for (int i = 0; i < n; i++) {
                    ps.setString(1, codes[i]);
                    ps.setString(2, codes[i].substring(0, codes[i].indexOf('-')));
                    ps.setLong(3, versions[i]);
                    ps.setString(4, hash);
                    ps.setTimestamp(5, at);
                    ps.setString(6, "created");
                    ps.addBatch();
                    if ((i + 1) % 50 == 0 || i == n - 1) {
                        ps.executeBatch();
                        con.commit();
                    }
                }
            }
            BenchSupport.report("postgres-ledger(50/tx,sync_commit=" + syncCommit + ")", n, System.nanoTime() - t2);
            con.setAutoCommit(true);

            // what a take adds: its versions to push marked as being sent (SyncLedger.markSending), 500 a statement
            long t3 = System.nanoTime();
            arrays(con, codes, versions, 500, """
                    insert into sync_sending (code, version, marked_at)
                    select c, v, now() from unnest(?::text[], ?::bigint[]) as t(c, v)
                    on conflict (code) do update set version = excluded.version, marked_at = excluded.marked_at
                     where sync_sending.version < excluded.version""");
            BenchSupport.report("postgres-mark-sending(500/stmt,sync_commit=" + syncCommit + ")", n, System.nanoTime() - t3);

            // a take's positions (SyncLedger.positions): the ledger alone, then with the marks beside it
            long t4 = System.nanoTime();
            arrays(con, codes, null, 500, "select code, delivered_version, last_step_at, payload_hash from sync_ledger"
                    + " where code = any(?::text[])");
            BenchSupport.report("postgres-positions-ledger(500/stmt)", n, System.nanoTime() - t4);
            long t5 = System.nanoTime();
            arrays(con, codes, null, 500, """
                    select t.code, l.delivered_version, l.last_step_at, l.payload_hash, s.version
                      from unnest(?::text[]) as t(code)
                      left join sync_ledger l on l.code = t.code
                      left join sync_sending s on s.code = t.code
                     where l.code is not null or s.code is not null""");
            BenchSupport.report("postgres-positions-with-marks(500/stmt)", n, System.nanoTime() - t5);
        } finally {
            if (pg != null) {
                pg.close();
                BenchSupport.deleteTree(dir);
            }
        }
    }

    /** Runs one unnest statement per slice of {@code batch} rows, each in its own transaction (autocommit). */
    private static void arrays(Connection con, String[] codes, Long[] versions, int batch, String sql) throws Exception {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int from = 0; from < codes.length; from += batch) {
                int to = Math.min(from + batch, codes.length);
                ps.setArray(1, con.createArrayOf("text", java.util.Arrays.copyOfRange(codes, from, to)));
                if (versions != null) {
                    ps.setArray(2, con.createArrayOf("bigint", java.util.Arrays.copyOfRange(versions, from, to)));
                }
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
        }
    }
}
