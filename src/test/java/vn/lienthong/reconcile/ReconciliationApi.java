package vn.lienthong.reconcile;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The reconciliation REST API as an operator uses it: start a run, wait for its end, read its findings. */
final class ReconciliationApi {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;

    ReconciliationApi(RestClient http) {
        this.http = http;
    }

    long start(Map<String, Object> request) {
        Map<String, Object> run = http.post().uri("/api/reconciliations").contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(MAP);
        return ((Number) run.get("id")).longValue();
    }

    Map<String, Object> run(long id) {
        return http.get().uri("/api/reconciliations/{id}", id).retrieve().body(MAP);
    }

    Map<String, Object> awaitEnd(long id, Duration atMost) {
        await().atMost(atMost).until(() -> !"running".equals(run(id).get("status")));
        return run(id);
    }

    /** Every finding of the run, page by page. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings(long id) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = "";
        while (after != null) {
            String from = after;
            Map<String, Object> page = http.get().uri(u -> u.path("/api/reconciliations/{id}/findings")
                    .queryParam("after", from).queryParam("limit", 1000).build(id)).retrieve().body(MAP);
            all.addAll((List<Map<String, Object>>) page.get("findings"));
            after = (String) page.get("next");
        }
        return all;
    }

    String csv(long id) {
        return http.get().uri("/api/reconciliations/{id}/findings.csv", id).retrieve().body(String.class);
    }
}
