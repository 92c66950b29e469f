package vn.lienthong.simulator.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimulatorTest;
import vn.lienthong.simulator.Utf8Order;

class DossierExportTest extends SimulatorTest {

    @Test
    void shouldListWindowFromInclusiveToExclusiveSortedByCodeBytes() {
        for (int batch = 0; batch < 4; batch++) {
            provincial.generate(100); // each batch starts on a smaller code, so on a later millisecond
        }
        String token = http.token();
        List<String> times = export(token, "2000-01-01T00:00:00+07:00", "2100-01-01T00:00:00+07:00", 1000)
                .stream().map(i -> i.get("updatedAt").asText()).distinct().sorted().toList();
        String from = times.get(1);
        String to = times.get(times.size() - 1);

        List<JsonNode> items = export(token, from, to, 50);

        assertThat(items).extracting(i -> i.get("updatedAt").asText())
                .contains(from).doesNotContain(to, times.get(0))
                .allMatch(at -> at.compareTo(from) >= 0 && at.compareTo(to) < 0);
        assertThat(items).extracting(i -> i.get("code").asText()).isSortedAccordingTo(Utf8Order.COMPARATOR);
        assertThat(items).allSatisfy(item -> assertThat(item.properties()).extracting(e -> e.getKey())
                .containsExactly("code", "version", "status", "updatedAt"));
    }

    @Test
    void shouldPageTheWholeExport() {
        provincial.generate(230);
        String token = http.token();

        List<JsonNode> items = export(token, "2000-01-01T00:00:00+07:00", "2100-01-01T00:00:00+07:00", 100);

        assertThat(items).extracting(i -> i.get("code").asText()).containsExactlyElementsOf(provincial.codes());
    }

    @Test
    void shouldRefuseDatesWithoutOffset() {
        assertThat(http.api(http.token(), "/api/v1/dossiers?updatedFrom=2026-01-01T00:00:00&updatedTo="
                + "2027-01-01T00:00:00").status()).isEqualTo(400);
    }

    private List<JsonNode> export(String token, String from, String to, int size) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = http.api(token, "/api/v1/dossiers?updatedFrom=" + encode(from) + "&updatedTo="
                    + encode(to) + "&page=" + page + "&size=" + size).json();
            answer.get("items").forEach(items::add);
            if ((long) (page + 1) * size >= answer.get("totalItems").asLong()) {
                return items;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
