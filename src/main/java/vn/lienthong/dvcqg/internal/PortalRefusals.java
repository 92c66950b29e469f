package vn.lienthong.dvcqg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.springframework.http.client.ClientHttpResponse;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.dvcqg.DvcqgCodes;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.JsonResponses;

/**
 * The portal answers everything, its own failures too, with HTTP 200 and an {@code error_code} (dvcqg.md): a 4xx
 * without one did not come from the service but from in front of it (a proxy refusing our credentials, a wrong
 * base URL or path, a request too large). No retry fixes that, so it is a configuration failure (permanent), not
 * a transient one that a run would wait out and the sync would retry for ever. 408 and 429 stay transient; a 4xx
 * that does carry an {@code error_code} is the envelope and is read as such.
 */
public final class PortalRefusals {

    private static final String SYSTEM = DvcqgClient.SYSTEM;

    private PortalRefusals() {
    }

    public static JsonNode read(JsonResponses responses, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status < 400 || status >= 500 || status == 408 || status == 429) {
            return responses.read(SYSTEM, response);
        }
        byte[] body = response.getBody().readAllBytes();
        JsonNode answer = readable(responses, status, body);
        if (answer != null && DvcqgCodes.asInt(answer.path("error_code")).isPresent()) {
            return answer;
        }
        String message = message(answer);
        if (status == 401 || status == 403) {
            throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.AUTHENTICATION_REFUSED,
                    "authentication refused (HTTP " + status + ", " + message + ")", status, message);
        }
        throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.REQUEST_REFUSED,
                "request refused with HTTP " + status + " and no error_code (" + message + ")", status, message);
    }

    private static JsonNode readable(JsonResponses responses, int status, byte[] body) {
        try {
            return responses.parse(SYSTEM, status, body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String message(JsonNode answer) {
        if (answer == null) {
            return "no readable body";
        }
        for (String field : new String[] {"message", "error"}) {
            if (answer.hasNonNull(field)) {
                return answer.get(field).asText();
            }
        }
        return "no message";
    }
}
