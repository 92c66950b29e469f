package vn.lienthong.simulator.dvcqg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;

/**
 * The portal's answers. Like the real portal's versions, a code comes as a number or a string ({@code 0},
 * {@code "0"}, {@code "00"}; "exists" also as -3), by a seeded draw, so that clients must compare numerically.
 */
@Component
class PortalAnswers {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int NOT_FOUND = 2;
    static final int EXISTS = 3;
    static final int SESSION_EXPIRED = -1;
    static final int BUSY = 99;

    private final Random random;

    PortalAnswers(SimulatorProperties properties) {
        this.random = new Random(properties.seed() + 2);
    }

    Map<String, Object> top(int code, String message) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error_code", render(code));
        answer.put("message", message);
        return answer;
    }

    Map<String, Object> items(List<Map<String, Object>> items) {
        Map<String, Object> answer = top(OK, "Thành công");
        answer.put("data", items);
        return answer;
    }

    Map<String, Object> item(String maHoSo, int code, String message) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", maHoSo);
        item.put("error_code", render(code));
        item.put("message", message);
        return item;
    }

    Object render(int code) {
        int form = random.nextInt(code == EXISTS ? 4 : 3);
        return switch (form) {
            case 0 -> code;
            case 1 -> Integer.toString(code);
            case 2 -> code >= 0 && code < 10 ? "0" + code : Integer.toString(code);
            default -> -code;
        };
    }
}
