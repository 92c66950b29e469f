package vn.lienthong.dvcqg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/** The portal's BamNoiDung: SHA-256 (lower-case hex) of the RFC 8785 canonical JSON, as UTF-8. */
public final class ContentHash {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentHash() {
    }

    public static String of(Object hoSo) {
        try {
            String json = JSON.writeValueAsString(hoSo);
            byte[] canonical = new JsonCanonicalizer(json).getEncodedUTF8();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + hoSo.getClass().getSimpleName() + " as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
