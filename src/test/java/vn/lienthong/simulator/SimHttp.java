package vn.lienthong.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the simulators, the way the gateway will talk to them. */
public final class SimHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    public record Answer(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public SimHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Answer post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer postJson(String path, Object body, String... headers) {
        return post(path, "application/json", write(body), headers);
    }

    public Answer putJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** A GET that gives up after the timeout, for calls that may hang. */
    public HttpResponse<String> getWithTimeout(String path, Duration timeout, String... headers)
            throws IOException, InterruptedException {
        return client.send(request(path, headers).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // provincial system
    public String token() {
        Answer answer = post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=lienthong&client_secret=lienthong-secret");
        return answer.json().get("access_token").asText();
    }

    public Answer api(String token, String pathAndQuery) {
        return get("/sim/provincial" + pathAndQuery, "Authorization", "Bearer " + token);
    }

    public Answer apiPost(String token, String path, Object body) {
        return postJson("/sim/provincial" + path, body, "Authorization", "Bearer " + token);
    }

    // national portal
    public String login() {
        return postJson("/sim/dvcqg/api/dvcqg/login", JSON.createObjectNode().put("username", "lienthong")
                .put("password", "lienthong-secret")).json().get("session").asText();
    }

    public JsonNode service(String session, Object body) {
        return postJson("/sim/dvcqg/api/dvcqg/service", body, "session", session).json();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
