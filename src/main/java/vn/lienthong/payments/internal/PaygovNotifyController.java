package vn.lienthong.payments.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /paygov/notify}, open to PayGov and anyone else: only the MaXacThuc checksum authenticates a
 * message. 00 only once it is stored; 07 for a checksum that does not verify; 99 (HTTP 503) when it could
 * not be stored, so PayGov sends it again.
 */
@RestController
class PaygovNotifyController {

    private static final Logger log = LoggerFactory.getLogger(PaygovNotifyController.class);
    private static final Map<String, String> STORED = Map.of("MaLoi", "00", "MoTaLoi", "Thành công");
    private static final Map<String, String> BAD_CHECKSUM = Map.of("MaLoi", "07", "MoTaLoi", "Sai mã xác thực");
    private static final Map<String, String> BUSY = Map.of("MaLoi", "99", "MoTaLoi", "Hệ thống bận");

    private final NotificationIntake intake;
    private final int maxBodyBytes;

    PaygovNotifyController(NotificationIntake intake, PaymentSettings settings) {
        this.intake = intake;
        this.maxBodyBytes = settings.rejectedNotifications().maxBodyBytes();
    }

    @PostMapping(path = "/paygov/notify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> notify(HttpServletRequest request) throws IOException {
        // never more than one byte past the limit is read, whatever the sender claims or sends
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        try {
            return ResponseEntity.ok(intake.receive(body, request.getRemoteAddr()) ? STORED : BAD_CHECKSUM);
        } catch (RuntimeException e) {
            log.error("PayGov notification not stored, answered 99 so that PayGov sends it again: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(BUSY);
        }
    }
}
