package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.faults.FaultInjector;

/** The portal's login and its one service endpoint, dispatching on {@code service}. */
@RestController
@RequestMapping("/sim/dvcqg/api/dvcqg")
class DvcqgController {

    private static final String SESSION_EXPIRED = "Phiên làm việc hết hạn";

    private final SessionStore sessions;
    private final PortalAnswers answers;
    private final FaultInjector faults;
    private final DossierSync dossierSync;
    private final ProgressSync progressSync;
    private final PortalQueries queries;

    DvcqgController(SessionStore sessions, PortalAnswers answers,
                    @Qualifier(DvcqgConfiguration.FAULTS) FaultInjector faults, DossierSync dossierSync,
                    ProgressSync progressSync, PortalQueries queries) {
        this.sessions = sessions;
        this.answers = answers;
        this.faults = faults;
        this.dossierSync = dossierSync;
        this.progressSync = progressSync;
        this.queries = queries;
    }

    @PostMapping("/login")
    Map<String, Object> login(@RequestBody JsonNode credentials) {
        String session = sessions.login(credentials.path("username").asText(null),
                credentials.path("password").asText(null));
        if (session == null) {
            return answers.top(PortalAnswers.SESSION_EXPIRED, "Sai tên đăng nhập hoặc mật khẩu");
        }
        Map<String, Object> answer = answers.top(PortalAnswers.OK, "Thành công");
        answer.put("session", session);
        answer.put("expires_in", sessions.ttl().toSeconds());
        return answer;
    }

    @PostMapping("/service")
    Map<String, Object> service(@RequestHeader(value = "session", required = false) String session,
                                @RequestBody JsonNode request) {
        if (!sessions.valid(session)) {
            return answers.top(PortalAnswers.SESSION_EXPIRED, SESSION_EXPIRED);
        }
        if (faults.sessionExpiresNow()) {
            sessions.invalidate(session);
            return answers.top(PortalAnswers.SESSION_EXPIRED, SESSION_EXPIRED);
        }
        if (faults.busyNow()) {
            return answers.top(PortalAnswers.BUSY, "Hệ thống đang bận, vui lòng thử lại sau");
        }
        String service = request.path("service").asText("");
        return switch (service) {
            case "DongBoHoSoMC" -> dossierSync.sync(request);
            case "CapNhatTienDoHoSoMC" -> progressSync.sync(request);
            case "TraCuuHoSo" -> queries.find(request);
            case "DanhSachHoSo" -> queries.list(request);
            default -> answers.top(PortalAnswers.INVALID, "Dịch vụ không hợp lệ: " + service);
        };
    }
}
