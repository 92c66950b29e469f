package vn.lienthong.simulator.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimHttp;
import vn.lienthong.simulator.SimHttp.Answer;
import vn.lienthong.simulator.SimulatorTest;

class DossierFeedTest extends SimulatorTest {

    @Test
    void shouldServeEveryDossierAtItsNewestVersionWhenPagingToTheEnd() {
        provincial.generate(700);
        provincial.advance(300);
        String token = http.token();

        Map<String, Integer> newestSeen = new HashMap<>();
        String cursor = "";
        boolean hasMore = true;
        while (hasMore) {
            JsonNode page = http.api(token, "/api/v1/dossiers/changes?limit=97&cursor=" + cursor).json();
            page.get("items").forEach(item -> newestSeen.merge(item.path("code").asText(item.toString()),
                    item.get("version").asInt(), Math::max));
            cursor = page.get("nextCursor").asText();
            hasMore = page.get("hasMore").asBoolean();
        }

        assertThat(newestSeen.keySet()).containsAll(provincial.codes());
        provincial.codes().forEach(code -> assertThat(newestSeen.get(code))
                .isEqualTo(provincial.versions(code).size()));
    }

    @Test
    void shouldOrderItemsByUpdatedAtThenCode() {
        provincial.generate(300);
        JsonNode items = http.api(http.token(), "/api/v1/dossiers/changes?limit=1000").json().get("items");

        for (int i = 1; i < items.size(); i++) {
            JsonNode previous = items.get(i - 1);
            JsonNode current = items.get(i);
            if (previous.path("code").equals(current.path("code"))) {
                continue; // a re-delivery, which the vendor's feed is allowed
            }
            String a = previous.get("updatedAt").asText() + "|" + previous.path("code").asText("");
            String b = current.get("updatedAt").asText() + "|" + current.path("code").asText("");
            assertThat(a).isLessThan(b);
        }
    }

    @Test
    void shouldMoveChangedDossierToTheEndOfTheFeed() {
        List<String> keys = provincial.generate(50);
        String token = http.token();
        String cursor = http.api(token, "/api/v1/dossiers/changes?limit=1000").json().get("nextCursor").asText();

        provincial.advance(5);
        JsonNode items = http.api(token, "/api/v1/dossiers/changes?limit=1000&cursor=" + cursor).json().get("items");

        List<String> advanced = keys.stream().filter(key -> provincial.versions(key).size() == 2).toList();
        assertThat(advanced).hasSize(5);
        assertThat(items.size()).isBetween(5, 10);
        advanced.forEach(key -> assertThat(items).contains(json(provincial.newest(key))));
    }

    @Test
    void shouldAnswerEmptyPageWithCursorToContinueFromWhenNothingIsNew() {
        provincial.generate(10);
        String token = http.token();
        JsonNode all = http.api(token, "/api/v1/dossiers/changes?limit=1000").json();
        JsonNode empty = http.api(token, "/api/v1/dossiers/changes?cursor=" + all.get("nextCursor").asText()).json();

        assertThat(empty.get("items")).isEmpty();
        assertThat(empty.get("hasMore").asBoolean()).isFalse();
        provincial.generate(3);
        JsonNode next = http.api(token, "/api/v1/dossiers/changes?cursor=" + empty.get("nextCursor").asText()).json();
        assertThat(next.get("items").size()).isBetween(3, 6);
    }

    @Test
    void shouldRefuseLimitOutsideOneToThousand() {
        String token = http.token();

        assertThat(http.api(token, "/api/v1/dossiers/changes?limit=0").status()).isEqualTo(400);
        assertThat(http.api(token, "/api/v1/dossiers/changes?limit=1001").status()).isEqualTo(400);
        assertThat(http.api(token, "/api/v1/dossiers/changes?limit=1000").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseGarbageCursorAsInvalidCursor() {
        Answer answer = http.api(http.token(), "/api/v1/dossiers/changes?cursor=not-a-cursor");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_cursor");
    }

    @Test
    void shouldServeOneDossierExactlyAsTheFeedDoes() {
        provincial.generate(20);
        String code = provincial.codes().get(0);
        String token = http.token();

        Answer answer = http.api(token, "/api/v1/dossiers/" + code);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(provincial.newest(code));
        assertThat(http.api(token, "/api/v1/dossiers/000.00.99.G18-000000-00000").status()).isEqualTo(404);
    }

    private static JsonNode json(String text) {
        try {
            return SimHttp.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
