package vn.lienthong.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The routes are read from the file system so operators can read and change them: fail fast if they are not there. */
@Component
class RoutesFolder {

    RoutesFolder(@Value("${gateway.routes-dir}") Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalStateException("Routes folder " + absolute + " not found: start the gateway from the"
                    + " folder that holds routes/ and config/, or set gateway.routes-dir (GATEWAY_ROUTES_DIR)");
        }
    }
}
