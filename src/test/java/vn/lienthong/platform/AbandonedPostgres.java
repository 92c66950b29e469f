package vn.lienthong.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import vn.lienthong.platform.internal.DataFolder;

/**
 * Run as its own JVM by LeftoverPostgresTest, like a gateway: takes the data folder (and its lock), starts an
 * embedded PostgreSQL in it, says so, and waits to be killed.
 */
public final class AbandonedPostgres {

    private AbandonedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres")).setCleanDataDirectory(false).start();
        System.out.println("READY");
        System.out.flush();
        System.in.read(); // until killed
    }
}
