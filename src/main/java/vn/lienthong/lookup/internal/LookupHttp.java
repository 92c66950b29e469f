package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/**
 * The HTTP side shared by the JSON look-up services: 401 is a configuration error (permanent), 429 and 5xx
 * are transient (with their Retry-After), 400 is a permanent refusal, a body that is not JSON is transient.
 */
public class LookupHttp {

    private final LookupSource source;
    private final RestClient http;
    private final JsonResponses responses;

    public LookupHttp(LookupSource source, String baseUrl, ExternalHttp clients, JsonResponses responses) {
        this.source = source;
        this.http = clients.forSystem(source.system(), baseUrl == null ? "http://localhost" : baseUrl);
        this.responses = responses;
    }

    public JsonNode exchange(Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
        try {
            return request.apply(http).exchange((req, resp) -> read(resp));
        } catch (ResourceAccessException e) {
            throw new TransientFailure(source.system(), "no answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
    }

    private JsonNode read(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 401 || status == 403) {
            String message = message(status, response);
            throw new ConfigurationFailure(source.system(), ConfigurationReasons.AUTHENTICATION_REFUSED,
                    "authentication refused (HTTP " + status + ", " + message + ")",
                    status, message);
        }
        if (status >= 400 && status < 500 && status != 429) {
            String message = message(status, response);
            throw new PermanentLookupFailure(source.system(), LookupReasons.REFUSED.reason(
                    "refused the look-up with HTTP " + status + " (" + message + ")", source.system(), status, message));
        }
        return responses.read(source.system(), response);
    }

    private String message(int status, ClientHttpResponse response) {
        try {
            JsonNode body = responses.parse(source.system(), status, response.getBody().readAllBytes());
            for (String field : new String[] {"message", "ThongBao", "error"}) {
                if (body.hasNonNull(field)) {
                    return body.get(field).asText();
                }
            }
            return body.toString();
        } catch (RuntimeException | IOException e) {
            return "no readable body";
        }
    }
}
