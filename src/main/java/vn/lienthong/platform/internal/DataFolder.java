package vn.lienthong.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gateway's data folder: embedded database and broker journal live here and survive restarts. It belongs
 * to one gateway process at a time ({@link DataFolderLock}): a second one refuses to start.
 */
@Component
public class DataFolder {

    private final Path root;

    public DataFolder(@Value("${gateway.data-dir:data}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the gateway data folder " + this.root, e);
        }
        DataFolderLock.hold(this.root);
    }

    public Path resolve(String child) {
        return root.resolve(child);
    }

    public Path root() {
        return root;
    }
}
