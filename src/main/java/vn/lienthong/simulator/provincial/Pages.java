package vn.lienthong.simulator.provincial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The export answer: one page of an already sorted list. */
final class Pages {

    private Pages() {
    }

    static Map<String, Object> page(List<?> sorted, int page, int size) {
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", sorted.subList(from, to));
        answer.put("page", page);
        answer.put("size", size);
        answer.put("totalItems", sorted.size());
        return answer;
    }
}
