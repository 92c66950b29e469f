package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Finding failed syncs: filters, paging, and one failure with the record as received and its attempts. */
class FailuresIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(2);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    @Test
    void shouldListFailuresOfAPeriodPageByPage() {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        List<Expectation> broken = new OpsFixtures(province, jdbc).invalid(3);
        await().atMost(GENEROUS).until(() -> total(page(start, 0, 2)) >= broken.size());

        Map<String, Object> first = page(start, 0, 2);
        Map<String, Object> second = page(start, 1, 2);
        assertThat(items(first)).hasSize(2);
        assertThat(items(first)).extracting(f -> f.get("id")).doesNotContainAnyElementsOf(
                items(second).stream().map(f -> f.get("id")).toList());
        assertThat(items(first)).allSatisfy(f -> assertThat(f).containsEntry("flow", "dossier-sync")
                .containsEntry("system", "dvcqg").containsEntry("status", "open")
                .containsEntry("reasonClass", "invalid-record"));
        assertThat(OffsetDateTime.parse((String) items(first).get(0).get("lastFailedAt")))
                .isAfterOrEqualTo(OffsetDateTime.parse((String) items(first).get(1).get("lastFailedAt")));
        assertThat(total(page(OffsetDateTime.now().plusDays(1), 0, 2))).isZero();
    }

    @Test
    void shouldFilterByUnitStageAndAttempts() {
        Expectation broken = new OpsFixtures(province, jdbc).invalid(1).get(0);
        String unit = broken.code().substring(0, broken.code().indexOf('-'));
        await().atMost(GENEROUS).until(() -> codes(Map.of("unitCode", unit)).contains(broken.code()));

        assertThat(codes(Map.of("unitCode", unit, "stage", "validate", "maxAttempts", 5))).contains(broken.code());
        assertThat(codes(Map.of("unitCode", unit, "stage", "push"))).doesNotContain(broken.code());
        assertThat(codes(Map.of("unitCode", unit, "minAttempts", 1000))).isEmpty();
        assertThat(codes(Map.of("unitCode", unit, "status", "resolved"))).doesNotContain(broken.code());
    }

    @Test
    void shouldShowOneFailureWithItsRecordAndEveryAttempt() {
        Expectation broken = new OpsFixtures(province, jdbc).invalid(1).get(0);
        await().atMost(GENEROUS).until(() -> codes(Map.of()).contains(broken.code()));
        long id = jdbc.queryForObject("select id from failed_sync where code = ?", Long.class, broken.code());

        Map<String, Object> details = http.get().uri("/api/failures/{id}", id).retrieve().body(new ParameterizedTypeReference<>() {});

        assertThat((String) details.get("record")).contains("\"code\":\"" + broken.code() + "\"");
        Map<?, ?> failure = (Map<?, ?>) details.get("failure");
        Map<?, ?> firstAttempt = (Map<?, ?>) ((List<?>) details.get("attempts")).get(0);
        assertThat(failure.get("code")).isEqualTo(broken.code());
        assertThat(failure.get("stage")).isEqualTo("validate");
        assertThat(firstAttempt.get("kind")).isEqualTo("failure");
        assertThat(firstAttempt.get("reason")).isEqualTo(failure.get("reason"));
    }

    @Test
    void shouldRefuseAPageTooLargeAndAnUnknownFailure() {
        assertThat(status("/api/failures?size=100000")).isEqualTo(400);
        assertThat(status("/api/failures/999999999")).isEqualTo(404);
    }

    private Map<String, Object> page(OffsetDateTime from, int page, int size) {
        return http.get().uri("/api/failures?from={from}&reasonClass=invalid-record&page={page}&size={size}", from, page, size)
                .retrieve().body(new ParameterizedTypeReference<>() {});
    }

    private List<String> codes(Map<String, Object> filter) {
        StringBuilder uri = new StringBuilder("/api/failures?size=500");
        filter.forEach((k, v) -> uri.append('&').append(k).append('=').append(v));
        Map<String, Object> page = http.get().uri(uri.toString()).retrieve().body(new ParameterizedTypeReference<>() {});
        return items(page).stream().map(f -> (String) f.get("code")).toList();
    }

    private int status(String uri) {
        return http.get().uri(uri).exchange((req, resp) -> resp.getStatusCode().value());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static long total(Map<String, Object> page) {
        return ((Number) page.get("total")).longValue();
    }
}
