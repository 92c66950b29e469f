package vn.lienthong.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: generated on the first start, kept in the data folder in a file
 * only its owner may read (0600), and reused by every later start.
 */
final class PostgresPassword {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PostgresPassword() {
    }

    static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY); // a copy restored from a backup may have lost them
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded PostgreSQL's password from " + file, e);
        }
    }

    /** 32 random bytes, URL-safe Base64: no quote or space, so it goes into SQL and initdb's file as it is. */
    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written under a temporary name created 0600, then moved in place: never readable by others, never half. */
    static void save(Path file, String password) {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        try {
            Files.deleteIfExists(partial);
            try (FileChannel out = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly)) {
                out.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded PostgreSQL's password to " + file, e);
        }
    }
}
