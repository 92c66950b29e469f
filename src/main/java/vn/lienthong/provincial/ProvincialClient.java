package vn.lienthong.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;
import vn.lienthong.provincial.internal.ProvincialSettings;

/** The provincial procedure system's REST API (contract: provincial-tthc.md), with its OAuth2 token. */
@Component
public class ProvincialClient {

    public static final String SYSTEM = "provincial";

    private final RestClient http;
    private final ProvincialSettings settings;
    private final JsonResponses responses;
    private volatile String token;

    public ProvincialClient(ProvincialSettings settings, ExternalHttp clients, JsonResponses responses) {
        this.settings = settings;
        this.responses = responses;
        this.http = clients.forSystem(SYSTEM, settings.baseUrl());
    }

    public ChangePage changes(String cursor, int limit) {
        JsonNode page = cursor == null ? getJson("/api/v1/dossiers/changes?limit={limit}", limit)
                : getJson("/api/v1/dossiers/changes?limit={limit}&cursor={cursor}", limit, cursor);
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return new ChangePage(items, page.path("nextCursor").asText(cursor), page.path("hasMore").asBoolean(false));
    }

    /** One page of the export for reconciliation: code, version, status, updatedAt, sorted by code. */
    public JsonNode exportPage(OffsetDateTime updatedFrom, OffsetDateTime updatedTo, int page, int size) {
        // as URI variables, '+' of the offsets is encoded (%2B) rather than read as a space
        return getJson("/api/v1/dossiers?updatedFrom={from}&updatedTo={to}&page={page}&size={size}",
                updatedFrom.toString(), updatedTo.toString(), page, size);
    }

    /** The dossier's current state, or empty when the province does not know it (404). */
    public Optional<JsonNode> dossier(String code) {
        Answer answer = withToken(bearer -> http.get().uri("/api/v1/dossiers/{code}", code)
                .header("Authorization", "Bearer " + bearer));
        if (answer.status == 404) {
            return Optional.empty();
        }
        return Optional.of(accepted(answer));
    }

    /**
     * Writes a verification result back beside the dossier (idempotent). Returns null when recorded, else the
     * province's permanent refusal (404 unknown dossier, 422 invalid) as a reason.
     */
    public String recordVerification(String code, Map<String, Object> verification) {
        Answer answer = withToken(bearer -> http.post().uri("/api/v1/dossiers/{code}/verifications", code)
                .header("Authorization", "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON).body(verification));
        if (answer.status == 404 || answer.status == 422) {
            return "HTTP " + answer.status + " " + answer.body;
        }
        accepted(answer);
        return null;
    }

    /**
     * GET of any provincial API path (the payments export, ...) as JSON; a refusal (4xx) is an error. The URI is a
     * template with its variables (encoded strictly), so that the call's metrics name the template, not the address.
     */
    public JsonNode getJson(String uriTemplate, Object... variables) {
        return accepted(withToken(bearer -> http.get().uri(uriTemplate, variables).header("Authorization", "Bearer " + bearer)));
    }

    private static JsonNode accepted(Answer answer) {
        if (answer.status >= 400) {
            throw new IllegalStateException(SYSTEM + " answered HTTP " + answer.status + ": " + answer.body);
        }
        return answer.body;
    }

    /** POST of a JSON write-back; answers the status and body of a 2xx or 4xx answer (429 and 5xx are transient). */
    public Answer postJson(String path, Object body) {
        return withToken(bearer -> http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + bearer).body(body));
    }

    private Answer withToken(Function<String, RestClient.RequestHeadersSpec<?>> request) {
        Answer answer = call(request);
        if (answer.status == 401) {
            token = null; // expired at any time: fetch a new one and repeat the call once
            answer = call(request);
        }
        if (answer.status == 401) {
            throw new TransientFailure(SYSTEM, "token refused twice in a row");
        }
        return answer;
    }

    private Answer call(Function<String, RestClient.RequestHeadersSpec<?>> request) {
        String bearer = token();
        try {
            return request.apply(bearer).exchange((req, resp) -> {
                int status = resp.getStatusCode().value();
                if (status == 401 || (status >= 400 && status < 429)) {
                    return new Answer(status, responses.parse(SYSTEM, status, resp.getBody().readAllBytes()));
                }
                return new Answer(status, responses.read(SYSTEM, resp));
            });
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "no answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
    }

    private String token() {
        String current = token;
        if (current != null) {
            return current;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        try {
            JsonNode answer = http.post().uri("/oauth/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .exchange((req, resp) -> {
                        if (resp.getStatusCode().value() == 401) {
                            throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.CREDENTIALS_REFUSED,
                                    "client credentials refused (invalid_client)");
                        }
                        return responses.read(SYSTEM, resp);
                    });
            token = answer.path("access_token").asText();
            return token;
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "token endpoint did not answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
    }

    /** A provincial answer: HTTP status and JSON body. */
    public record Answer(int status, JsonNode body) {
    }
}
