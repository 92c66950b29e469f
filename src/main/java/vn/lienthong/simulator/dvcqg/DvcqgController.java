package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final LostAnswers lostAnswers;

    DvcqgController(SessionStore sessions, PortalAnswers answers,
                    @Qualifier(DvcqgConfiguration.FAULTS) FaultInjector faults, DossierSync dossierSync,
                    ProgressSync progressSync, PortalQueries queries, LostAnswers lostAnswers) {
        this.sessions = sessions;
        this.answers = answers;
        this.faults = faults;
        this.dossierSync = dossierSync;
        this.progressSync = progressSync;
        this.queries = queries;
        this.lostAnswers = lostAnswers;
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
                                @RequestBody JsonNode request) throws InterruptedException {
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
            case "DongBoHoSoMC" -> answerOrLose(dossierSync.sync(request), request);
            case "CapNhatTienDoHoSoMC" -> progressSync.sync(request);
            case "TraCuuHoSo" -> queries.find(request);
            case "DanhSachHoSo" -> queries.list(request);
            default -> answers.top(PortalAnswers.INVALID, "Dịch vụ không hợp lệ: " + service);
        };
    }

    /** The answer of an applied DongBoHoSoMC call, unless it is one whose answer a test wants lost. */
    private Map<String, Object> answerOrLose(Map<String, Object> answer, JsonNode request) throws InterruptedException {
        if (lostAnswers.loseAnswerOf(request.path("data"))) {
            throw new AnswerLost();
        }
        return answer;
    }

    @ExceptionHandler(AnswerLost.class)
    ResponseEntity<String> gatewayTimeout() {
        return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).contentType(MediaType.TEXT_HTML)
                .body("<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out"
                        + "</h1></center></body></html>");
    }

    /** The call was applied; its answer never reaches the sender. */
    private static final class AnswerLost extends RuntimeException {
        AnswerLost() {
            super(null, null, false, false);
        }
    }
}
