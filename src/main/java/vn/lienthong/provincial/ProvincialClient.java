package vn.lienthong.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

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
        JsonNode page = get(uri -> {
            uri.path("/api/v1/dossiers/changes").queryParam("limit", limit);
            if (cursor != null) {
                uri.queryParam("cursor", cursor);
            }
            return uri;
        });
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return new ChangePage(items, page.path("nextCursor").asText(cursor), page.path("hasMore").asBoolean(false));
    }

    /** One page of the export for reconciliation: code, version, status, updatedAt, sorted by code. */
    public JsonNode exportPage(OffsetDateTime updatedFrom, OffsetDateTime updatedTo, int page, int size) {
        // as URI variables, '+' of the offsets is encoded (%2B) rather than read as a space
        return get(uri -> uri.path("/api/v1/dossiers").queryParam("updatedFrom", "{from}")
                .queryParam("updatedTo", "{to}").queryParam("page", page).queryParam("size", size),
                updatedFrom.toString(), updatedTo.toString());
    }

    /** One dossier's newest state, or empty when the provincial system has no such dossier (404). */
    public Optional<JsonNode> dossier(String code) {
        Answer answer = authorized(uri -> uri.path("/api/v1/dossiers").pathSegment(code));
        if (answer.status == 404) {
            return Optional.empty();
        }
        return Optional.of(checked(answer));
    }

    private JsonNode get(Function<UriBuilder, UriBuilder> uri, Object... variables) {
        return checked(authorized(uri, variables));
    }

    private Answer authorized(Function<UriBuilder, UriBuilder> uri, Object... variables) {
        Answer answer = call(uri, variables);
        if (answer.status == 401) {
            token = null; // expired at any time: fetch a new one and repeat the call once
            answer = call(uri, variables);
        }
        return answer;
    }

    private JsonNode checked(Answer answer) {
        if (answer.status == 401) {
            throw new TransientFailure(SYSTEM, "token refused twice in a row");
        }
        if (answer.status >= 400) {
            throw new IllegalStateException(SYSTEM + " answered HTTP " + answer.status + ": " + answer.body);
        }
        return answer.body;
    }

    private Answer call(Function<UriBuilder, UriBuilder> uri, Object... variables) {
        String bearer = token();
        try {
            return http.get().uri(b -> uri.apply(b).build(variables))
                    .header("Authorization", "Bearer " + bearer)
                    .exchange((req, resp) -> {
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
                            throw new ConfigurationFailure(SYSTEM, "client credentials refused (invalid_client)");
                        }
                        return responses.read(SYSTEM, resp);
                    });
            token = answer.path("access_token").asText();
            return token;
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "token endpoint did not answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
    }

    private record Answer(int status, JsonNode body) {
    }
}
