package vn.lienthong.payments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;

/**
 * PayGov's MaXacThuc: HMAC-SHA256 keyed by the shared secret over the listed fields, as received and as
 * strings, joined by '|', in lower-case hex. Verification compares in constant time.
 */
@Component
public class PaygovChecksum {

    public static final List<String> NOTIFICATION = List.of(
            "LoaiBanTin", "MaDoiTac", "MaThamChieu", "MaHoSo", "MaGiaoDich", "SoTien", "TrangThai", "ThoiGianGD");
    public static final List<String> LISTING_ROW = List.of(
            "MaGiaoDich", "MaThamChieu", "MaHoSo", "SoTien", "TrangThai", "ThoiGianGD");

    private final String secret;

    public PaygovChecksum(PaygovSettings settings) {
        this.secret = settings.secret();
    }

    public String sign(List<String> values) {
        if (secret == null || secret.isBlank()) {
            throw new ConfigurationFailure("paygov", ConfigurationReasons.NO_SHARED_SECRET, "no shared secret configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join("|", values).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether the message's MaXacThuc is the checksum of the given fields of that message. */
    public boolean verifies(JsonNode message, List<String> fields) {
        JsonNode received = message.get("MaXacThuc");
        if (received == null || !received.isTextual()) {
            return false;
        }
        byte[] expected = sign(fields.stream().map(f -> asReceived(message.get(f))).toList())
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received.asText().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** A field as the sender wrote it: a string as is, a number as its digits, anything missing as empty. */
    static String asReceived(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? "" : value.asText();
    }
}
