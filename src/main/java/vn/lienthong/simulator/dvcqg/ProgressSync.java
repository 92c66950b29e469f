package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** CapNhatTienDoHoSoMC: appends up to 10 handling steps, each identified by MaHoSo and ThoiDiemXuLy. */
@Component
class ProgressSync {

    static final int MAX_STEPS = 10;

    private final DvcqgSimulator store;
    private final PortalAnswers answers;

    ProgressSync(DvcqgSimulator store, PortalAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    Map<String, Object> sync(JsonNode request) {
        JsonNode data = request.path("data");
        if (!data.isArray() || data.size() > MAX_STEPS) {
            return answers.top(PortalAnswers.INVALID, "data phải là danh sách tối đa " + MAX_STEPS + " bước");
        }
        List<Map<String, Object>> items = new ArrayList<>(data.size());
        for (JsonNode tienDo : data) {
            String maHoSo = tienDo.path("MaHoSo").asText("");
            String violation = TienDoRules.violation(tienDo);
            if (violation != null) {
                items.add(answers.item(maHoSo, PortalAnswers.INVALID, violation));
            } else if (store.addStep(tienDo) == PortalAnswers.NOT_FOUND) {
                items.add(answers.item(maHoSo, PortalAnswers.NOT_FOUND, "Hồ sơ không tồn tại"));
            } else {
                items.add(answers.item(maHoSo, PortalAnswers.OK, "Thành công"));
            }
        }
        return answers.items(items);
    }
}
