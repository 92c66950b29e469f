package vn.lienthong.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

/** Turns an external system's HTTP answer into JSON, or into the right kind of failure. */
@Component
public class JsonResponses {

    private final ObjectMapper json;

    public JsonResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Reads a 2xx JSON body; 429 and 5xx are transient; a body that is not JSON is transient. */
    public JsonNode read(String system, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 429) {
            throw new TransientFailure(system, "HTTP 429 overloaded", retryAfter(response.getHeaders()));
        }
        if (status >= 500) {
            throw new TransientFailure(system, "HTTP " + status, retryAfter(response.getHeaders()));
        }
        return parse(system, status, response.getBody().readAllBytes());
    }

    public JsonNode parse(String system, int status, byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new TransientFailure(system, "HTTP " + status + " with a body that is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new TransientFailure(system, "HTTP " + status + " with a malformed body", e);
        }
    }

    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
