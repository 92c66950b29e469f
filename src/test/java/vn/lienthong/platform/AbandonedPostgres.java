package vn.lienthong.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/** Run as its own JVM by LeftoverPostgresTest: starts an embedded PostgreSQL, says so, and waits to be killed. */
public final class AbandonedPostgres {

    private AbandonedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
        System.out.println("READY");
        System.out.flush();
        System.in.read(); // until killed
    }
}
