package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The gateway's operations API over HTTP with Basic credentials; any answer but 2xx becomes an {@link ApiException}. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static final class ApiException extends RuntimeException {
        ApiException(String message) {
            super(message);
        }
    }

    JsonNode get(String path, Map<String, ?> query) {
        return send(request(path, query).GET());
    }

    JsonNode post(String path, Map<String, ?> query, Object body) {
        try {
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return send(request(path, query).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new ApiException("cannot write the request: " + e.getMessage());
        }
    }

    /** A text answer (CSV) copied to {@code to} as it arrives: a large export is never held in memory. */
    void copy(String path, Map<String, ?> query, String accept, Writer to) {
        HttpRequest built = request(path, query).setHeader("Accept", accept).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            try (Reader body = new InputStreamReader(response.body(), StandardCharsets.UTF_8)) {
                if (response.statusCode() >= 400) {
                    String text = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                    throw refused(built, response.statusCode(), text.isBlank() ? JSON.nullNode() : parse(text), text);
                }
                body.transferTo(to);
                to.flush();
            }
        } catch (IOException e) {
            throw new ApiException("cannot reach " + baseUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted");
        }
    }

    private HttpRequest.Builder request(String path, Map<String, ?> query) {
        String parameters = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(baseUrl + path + (parameters.isEmpty() ? "" : "?" + parameters));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json")
                // marks the request as a program's: the gateway refuses Basic-authenticated changes without it
                // (or a JSON body), as a cross-site form riding on a browser's cached credentials would send them
                .header("X-Requested-By", "lienthong-cli");
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
            if (response.statusCode() >= 400) {
                throw refused(built, response.statusCode(), body, response.body());
            }
            return body;
        } catch (IOException e) {
            throw new ApiException("cannot reach " + baseUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted");
        }
    }

    private static ApiException refused(HttpRequest request, int status, JsonNode body, String text) {
        String message = body.path("message").asText(body.path("error").asText(text));
        return new ApiException(request.method() + " " + request.uri().getPath() + ": HTTP " + status
                + (status == 401 ? " (check LIENTHONG_USER / LIENTHONG_PASSWORD)" : "")
                + (message.isBlank() ? "" : ": " + message));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
