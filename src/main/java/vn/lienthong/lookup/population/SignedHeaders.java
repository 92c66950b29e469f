package vn.lienthong.lookup.population;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;

/**
 * The population service's signed headers: Authorization is Basic base64(user + ":" +
 * sha256hex(URL + user + Timestamp + secret)), with the URL exactly as sent.
 */
public final class SignedHeaders {

    private SignedHeaders() {
    }

    public static String authorization(String url, String user, String timestamp, String secret) {
        String signature = sha256Hex(url + user + timestamp + secret);
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + signature).getBytes(StandardCharsets.UTF_8));
    }

    static void sign(HttpHeaders headers, String url, String clientId, String apiKey, String user, String secret,
            long timestampMillis) {
        String timestamp = Long.toString(timestampMillis);
        headers.set("X-Road-Client", clientId);
        headers.set("Timestamp", timestamp);
        headers.set("ApiKey", apiKey);
        headers.set(HttpHeaders.AUTHORIZATION, authorization(url, user, timestamp, secret));
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
