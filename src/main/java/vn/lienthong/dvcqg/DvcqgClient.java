package vn.lienthong.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.lienthong.dvcqg.internal.PortalRefusals;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/** The national portal's JSON envelope API (contract: dvcqg.md), with its login session. */
@Component
public class DvcqgClient {

    public static final String SYSTEM = "dvcqg";
    private static final int SESSION_INVALID = -1;
    private static final int BUSY = 99;
    private static final int NOT_FOUND = 2;

    private final RestClient http;
    private final DvcqgSettings settings;
    private final JsonResponses responses;
    private final ObjectMapper json;
    private final Retry retry;
    private volatile String session;

    public DvcqgClient(DvcqgSettings settings, ExternalHttp clients, JsonResponses responses, ObjectMapper json,
            RetryRegistry retries) {
        this.settings = settings;
        this.retry = retries.retry(SYSTEM);
        this.responses = responses;
        this.json = json;
        this.http = clients.forSystem(SYSTEM, settings.baseUrl());
    }

    /** DongBoHoSoMC: at most 50 HoSo; one result per item, in request order. */
    public List<ItemResult> syncDossiers(List<?> hoSo, boolean updating) {
        ObjectNode request = json.createObjectNode()
                .put("service", "DongBoHoSoMC")
                .put("isUpdating", updating ? "True" : "False");
        request.set("data", json.valueToTree(hoSo));
        return itemResults(call(request), hoSo.size());
    }

    /** CapNhatTienDoHoSoMC: at most 10 steps; one result per step, in request order. */
    public List<ItemResult> appendSteps(List<?> steps) {
        ObjectNode request = json.createObjectNode().put("service", "CapNhatTienDoHoSoMC");
        request.set("data", json.valueToTree(steps));
        return itemResults(call(request), steps.size());
    }

    /** TraCuuHoSo: the HoSo exactly as the portal stores it, or empty when it has none (error_code 2). */
    public Optional<JsonNode> lookUp(String maHoSo) {
        ObjectNode request = json.createObjectNode().put("service", "TraCuuHoSo").put("MaHoSo", maHoSo);
        JsonNode answer = retry.executeSupplier(() -> callOnce(request, NOT_FOUND));
        return errorCode(answer) == NOT_FOUND ? Optional.empty() : Optional.of(answer.path("data"));
    }

    /** Sends a service call, with a few quick retries of transient failures. */
    public JsonNode call(ObjectNode request) {
        return retry.executeSupplier(() -> callOnce(request, 0));
    }

    /** A top-level -1 means the session is gone: log in again and repeat once. */
    private JsonNode callOnce(ObjectNode request, int alsoAccepted) {
        JsonNode answer = post("/api/dvcqg/service", request, session());
        if (errorCode(answer) == SESSION_INVALID) {
            session = null;
            answer = post("/api/dvcqg/service", request, session());
        }
        int code = errorCode(answer);
        if (code == SESSION_INVALID) {
            throw new TransientFailure(SYSTEM, "session refused twice in a row");
        }
        if (code == BUSY) {
            throw new TransientFailure(SYSTEM, "portal busy (error_code 99)");
        }
        if (code != 0 && code != alsoAccepted) {
            throw new TransientFailure(SYSTEM, "error_code " + code + ": " + answer.path("message").asText());
        }
        return answer;
    }

    /** Codes come as numbers or strings ("00" is 0); an answer without a readable one is malformed. */
    private static int errorCode(JsonNode answer) {
        return DvcqgCodes.asInt(answer.path("error_code")).orElseThrow(() ->
                new TransientFailure(SYSTEM, "answer without a readable error_code"));
    }


    private List<ItemResult> itemResults(JsonNode answer, int expected) {
        JsonNode data = answer.path("data");
        if (!data.isArray() || data.size() != expected) {
            throw new TransientFailure(SYSTEM, "answer holds " + data.size() + " item results for " + expected + " items");
        }
        List<ItemResult> results = new ArrayList<>(expected);
        for (JsonNode item : data) {
            results.add(new ItemResult(item.path("MaHoSo").asText(), errorCode(item),
                    item.path("message").asText("")));
        }
        return results;
    }

    private String session() {
        String current = session;
        if (current != null) {
            return current;
        }
        JsonNode answer = post("/api/dvcqg/login",
                Map.of("username", settings.username(), "password", settings.password()), null);
        if (errorCode(answer) != 0) {
            String message = answer.path("message").asText();
            throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.LOGIN_REFUSED, "login refused: " + message, message);
        }
        session = answer.path("session").asText();
        return session;
    }

    private JsonNode post(String path, Object body, String sessionHeader) {
        try {
            return http.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (sessionHeader != null) {
                            h.set("session", sessionHeader);
                        }
                    })
                    .body(body)
                    .exchange((req, resp) -> PortalRefusals.read(responses, resp));
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "no answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        }
    }
}
