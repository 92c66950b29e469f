package vn.lienthong.simulator.population;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import vn.lienthong.simulator.SimulatorProperties;

/** Checks the signed headers of population.md the way the service does: key, client, clock, signature. */
class SignatureCheck {

    private static final long MAX_SKEW_MILLIS = 300_000;

    private final SimulatorProperties.Lookup settings;

    SignatureCheck(SimulatorProperties.Lookup settings) {
        this.settings = settings;
    }

    /** Why the call is refused, or null when it is properly signed. */
    String problem(HttpServletRequest request) {
        if (!settings.apiKey().equals(request.getHeader("ApiKey"))) {
            return "unknown ApiKey";
        }
        if (!settings.clientId().equals(request.getHeader("X-Road-Client"))) {
            return "unknown X-Road-Client";
        }
        String timestamp = request.getHeader("Timestamp");
        try {
            if (Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) > MAX_SKEW_MILLIS) {
                return "Timestamp more than 300 s from the server clock";
            }
        } catch (NumberFormatException e) {
            return "Timestamp is not epoch milliseconds";
        }
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String signature = sha256Hex(url + settings.user() + timestamp + settings.secret());
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((settings.user() + ":" + signature).getBytes(StandardCharsets.UTF_8));
        return expected.equals(request.getHeader("Authorization")) ? null : "bad signature";
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
