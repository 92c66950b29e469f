package vn.lienthong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Cost of a dossier's story on the sync spine: dossier_event rows (the gateway's Flyway DDL) inserted the way
 * DossierEvents.record does it (one unnest statement, own transaction), in the shapes the spine writes: 1000
 * "pulled" rows per feed page, and 100 rows ("pushed" + "delivered") per portal batch of 50 dossiers.
 * A dossier costs about three rows; compare rows/s / 3 with the 3,000 dossiers/s target.
 *
 * <p>Usage: StoryRawBench [rows=300000]
 */
public final class StoryRawBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path dir = Files.createTempDirectory("bench-story-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
             Connection con = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"))) {
            try (Statement st = con.createStatement()) {
                st.execute(script("V1__sync_spine.sql"));
                st.execute(script("V5__operations.sql"));
            }
            String[] codes = new String[n];
            Long[] versions = new Long[n];
            String[] kinds = new String[n];
            String[] details = new String[n];
            for (int i = 0; i < n; i++) {
                codes[i] = String.format("000.00.%02d.G18-251120-%06d", i % 97, i / 3);
                versions[i] = 1L;
                kinds[i] = i % 3 == 0 ? "pulled" : i % 3 == 1 ? "pushed" : "delivered";
                details[i] = i % 3 == 1 ? "DVCQG created, hash 0123456789ab" : null;
            }
            for (int batch : new int[] {1000, 100}) {
                try (Statement st = con.createStatement()) {
                    st.execute("truncate dossier_event");
                }
                long t0 = System.nanoTime();
                insert(con, codes, versions, kinds, details, batch);
                BenchSupport.report("story-events(" + batch + "/stmt)", n, System.nanoTime() - t0);
            }
        } finally {
            BenchSupport.deleteTree(dir);
        }
    }

    private static void insert(Connection con, String[] codes, Long[] versions, String[] kinds, String[] details,
            int batch) throws Exception {
        try (PreparedStatement ps = con.prepareStatement("""
                insert into dossier_event (code, version, kind, detail)
                select c, v, k, d from unnest(?::text[], ?::bigint[], ?::text[], ?::text[]) with ordinality
                  as t(c, v, k, d, n) order by n""")) {
            for (int from = 0; from < codes.length; from += batch) {
                int to = Math.min(from + batch, codes.length);
                ps.setArray(1, con.createArrayOf("text", Arrays.copyOfRange(codes, from, to)));
                ps.setArray(2, con.createArrayOf("bigint", Arrays.copyOfRange(versions, from, to)));
                ps.setArray(3, con.createArrayOf("text", Arrays.copyOfRange(kinds, from, to)));
                ps.setArray(4, con.createArrayOf("text", Arrays.copyOfRange(details, from, to)));
                ps.executeUpdate();
            }
        }
    }

    private static String script(String name) throws Exception {
        return new String(StoryRawBench.class.getResourceAsStream("/db/migration/" + name).readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
