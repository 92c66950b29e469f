package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A change-feed page as the API answers it; the items are already serialised and written as they are. */
final class FeedAnswer {

    private FeedAnswer() {
    }

    static Map<String, Object> of(ChangeFeed.Page page) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.items().stream()
                .map(item -> new RawValue(new String(item, StandardCharsets.UTF_8))).toList());
        answer.put("nextCursor", page.nextCursor());
        answer.put("hasMore", page.hasMore());
        return answer;
    }
}
