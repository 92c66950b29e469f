package vn.lienthong.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A separately started simulator (SimulatorApplication) over HTTP/1.1 keep-alive on one connection, like
 * the gateway's JDK HttpClient: its admin API, the provincial change feed and the portal's service call.
 */
final class BenchHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    /** @param base the simulator's root, e.g. http://localhost:18081 */
    BenchHttp(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    JsonNode post(String path, String contentType, byte[] body, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (session != null) {
            request.header("session", session);
        }
        return send(request.build());
    }

    JsonNode postJson(String path, Object body, String session) throws IOException, InterruptedException {
        return post(path, "application/json", JSON.writeValueAsBytes(body), session);
    }

    JsonNode get(String path, String bearer) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .GET().build());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered HTTP " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }

    /** Forgets the simulators' dossiers and adds n fresh ones to the provincial feed (in slices of 10,000). */
    void resetAndGenerate(int n) throws IOException, InterruptedException {
        post("/sim/provincial/_admin/reset", "application/json", new byte[0], null);
        post("/sim/dvcqg/_admin/reset", "application/json", new byte[0], null);
        for (int done = 0; done < n; done += 10_000) {
            post("/sim/provincial/_admin/generate?n=" + Math.min(10_000, n - done), "application/json", new byte[0], null);
        }
    }

    /** Client-credentials token of the provincial system. */
    String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=lienthong&client_secret=lienthong-secret";
        return post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), null).path("access_token").asText();
    }

    /** Reads the whole change feed in pages of 1000, handing each page's items on; answers how many items. */
    long readFeed(String token, Consumer<JsonNode> items) throws IOException, InterruptedException {
        String cursor = null;
        long count = 0;
        while (true) {
            JsonNode page = get("/sim/provincial/api/v1/dossiers/changes?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token);
            for (JsonNode item : page.path("items")) {
                items.accept(item);
                count++;
            }
            cursor = page.path("nextCursor").asText(cursor);
            if (!page.path("hasMore").asBoolean(false)) {
                return count;
            }
        }
    }

    /** Portal session for the simulator's credentials. */
    String login() throws IOException, InterruptedException {
        JsonNode answer = postJson("/sim/dvcqg/api/dvcqg/login",
                java.util.Map.of("username", "lienthong", "password", "lienthong-secret"), null);
        return answer.path("session").asText();
    }
}
