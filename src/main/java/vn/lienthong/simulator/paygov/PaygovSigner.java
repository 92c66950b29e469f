package vn.lienthong.simulator.paygov;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** PayGov's side of MaXacThuc (its own code, not the gateway's): HMAC-SHA256 over fields joined by '|'. */
final class PaygovSigner {

    private final byte[] secret;

    PaygovSigner(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String sign(String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join("|", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
