package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/** A HoSo in RFC 8785 canonical form and its SHA-256, the portal's {@code BamNoiDung}. */
record CanonicalJson(byte[] utf8, String sha256) {

    static CanonicalJson of(ObjectMapper mapper, JsonNode value) {
        try {
            return ofCanonical(new JsonCanonicalizer(mapper.writeValueAsBytes(value)).getEncodedUTF8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes already in canonical form. */
    static CanonicalJson ofCanonical(byte[] canonical) {
        try {
            return new CanonicalJson(canonical, HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(canonical)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
