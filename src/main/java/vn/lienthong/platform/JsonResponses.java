package vn.lienthong.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

/** Turns an external system's HTTP answer into JSON, or into the right kind of failure. */
@Component
public class JsonResponses {

    private final ObjectMapper json;
    private final Clock clock;

    public JsonResponses(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Reads a 2xx JSON body; 429 and 5xx are transient; a body that is not JSON is transient. */
    public JsonNode read(String system, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 429) {
            throw new TransientFailure(system, "HTTP 429 overloaded", RetryAfterHeader.read(system, response.getHeaders(), clock.instant()));
        }
        if (status >= 500) {
            throw new TransientFailure(system, "HTTP " + status, RetryAfterHeader.read(system, response.getHeaders(), clock.instant()));
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
}
