package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;

/** DongBoHoSoMC: creates or updates up to 50 dossiers, answering one item per request item, in order. */
@Component
class DossierSync {

    static final int MAX_ITEMS = 50;

    private final DvcqgSimulator store;
    private final PortalAnswers answers;
    private final HoSoRules rules;

    DossierSync(DvcqgSimulator store, PortalAnswers answers, SimulatorProperties properties) {
        this.store = store;
        this.answers = answers;
        this.rules = new HoSoRules(properties.dvcqg().provinceSuffix());
    }

    Map<String, Object> sync(JsonNode request) {
        String isUpdating = request.path("isUpdating").asText("");
        JsonNode data = request.path("data");
        if (!"True".equals(isUpdating) && !"False".equals(isUpdating)) {
            return answers.top(PortalAnswers.INVALID, "isUpdating phải là \"True\" hoặc \"False\"");
        }
        if (!data.isArray() || data.size() > MAX_ITEMS) {
            return answers.top(PortalAnswers.INVALID, "data phải là danh sách tối đa " + MAX_ITEMS + " hồ sơ");
        }
        boolean updating = "True".equals(isUpdating);
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> items = new ArrayList<>(data.size());
        for (JsonNode hoSo : data) {
            String maHoSo = hoSo.path("MaHoSo").asText("");
            String violation = seen.add(maHoSo) ? rules.violation(hoSo) : "MaHoSo bị lặp lại trong cùng lần gọi";
            if (violation != null) {
                items.add(answers.item(maHoSo, PortalAnswers.INVALID, violation));
                continue;
            }
            int code = updating ? store.update(hoSo) : store.create(hoSo);
            items.add(answers.item(maHoSo, code, switch (code) {
                case PortalAnswers.EXISTS -> "Hồ sơ đã tồn tại";
                case PortalAnswers.NOT_FOUND -> "Hồ sơ không tồn tại";
                default -> "Thành công";
            }));
        }
        return answers.items(items);
    }
}
