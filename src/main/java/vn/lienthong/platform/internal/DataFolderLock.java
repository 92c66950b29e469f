package vn.lienthong.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One gateway process per data folder: the running gateway holds a lock on {@code gateway.lock} in it for the
 * JVM's life (the operating system releases it when the process dies, however it dies), so a second gateway
 * refuses to start instead of stopping the first one's database or sharing its broker journal.
 */
final class DataFolderLock {

    static final String FILE = "gateway.lock";

    // held, never released: an unreachable channel would be closed by its cleaner, and the lock with it
    private static final List<FileLock> HELD = new CopyOnWriteArrayList<>();

    private DataFolderLock() {
    }

    static void hold(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldByThisProcess) {
                channel.close(); // another application context of this JVM (tests) owns it already
                return;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another gateway process uses the data folder " + folder
                        + " (it holds " + file + "): stop it first, or give this gateway its own gateway.data-dir");
            }
            HELD.add(lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the gateway data folder " + folder, e);
        }
    }
}
