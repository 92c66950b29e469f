package vn.lienthong.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import vn.lienthong.audit.AuditEntry;

/** A row's hash: SHA-256 over the previous row's hash, a newline, and the RFC 8785 canonical JSON of the row. */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditHash() {
    }

    public static String of(String prevHash, AuditEntry row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String canonical(AuditEntry row) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", row.id());
        content.put("at", row.at().toString());
        content.put("actor", row.actor());
        content.put("action", row.action());
        content.put("target", row.target());
        content.put("detail", row.detail());
        content.put("outcome", row.outcome());
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(content)).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        } catch (IOException e) {
            throw new IllegalStateException("canonical JSON of a map of strings", e);
        }
    }
}
