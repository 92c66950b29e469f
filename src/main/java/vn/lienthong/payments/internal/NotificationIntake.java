package vn.lienthong.payments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailedSyncStore.FailedRecord;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.platform.Reason;

/**
 * What /paygov/notify does with a message: a checksum that does not verify is refused (07) and kept within
 * bounds; a verified one is stored durably before it is answered 00 (a resend is counted, not stored twice);
 * a verified one that cannot be used is kept in failed_sync, also answered 00 since PayGov cannot fix it.
 */
@Component
public class NotificationIntake {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    private final PaygovChecksum checksum;
    private final PaymentEvents events;
    private final RejectedNotifications rejected;
    private final FailedSyncStore failures;
    private final PaymentMetrics metrics;
    private final ObjectMapper json;
    private final String partnerCode;
    private final int maxBodyBytes;

    public NotificationIntake(PaygovChecksum checksum, PaymentEvents events, RejectedNotifications rejected,
            FailedSyncStore failures, PaymentMetrics metrics, ObjectMapper json, PaygovSettings paygov,
            PaymentSettings settings) {
        this.checksum = checksum;
        this.events = events;
        this.rejected = rejected;
        this.failures = failures;
        this.metrics = metrics;
        this.json = json;
        this.partnerCode = paygov.partnerCode();
        this.maxBodyBytes = settings.rejectedNotifications().maxBodyBytes();
    }

    /** Answers true when the notification is stored (00), false when refused for its checksum (07). */
    public boolean receive(byte[] body, String remoteAddress) {
        JsonNode message = body.length > maxBodyBytes ? null : parse(body);
        if (message == null) {
            String reason = body.length > maxBodyBytes ? "body larger than " + maxBodyBytes + " bytes" : "not a JSON object";
            rejected.keep(body, remoteAddress, reason);
            return false;
        }
        if (!checksum.verifies(message, PaygovChecksum.NOTIFICATION)) {
            rejected.keep(body, remoteAddress, "MaXacThuc does not verify");
            return false;
        }
        try {
            Notification notification = Notification.read(message, partnerCode);
            metrics.notification(events.record(notification) ? "stored" : "resend");
        } catch (Notification.InvalidNotification e) {
            keepInvalid(message, e.reason());
        }
        return true;
    }

    private void keepInvalid(JsonNode message, Reason reason) {
        String transaction = Notification.text(message, "MaGiaoDich");
        String key = (transaction == null ? "?" : transaction) + ":" + Notification.text(message, "TrangThai");
        failures.recordFlow(PaygovClient.SYSTEM, PaymentRelay.FLOW, List.of(new FailedRecord("notify", "invalid-notification",
                reason, key, Notification.text(message, "MaHoSo"), message.toString())));
        metrics.notification("invalid");
        log.warn("PayGov notification {} verified but unusable, kept in failed_sync: {}", key, reason.text());
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(new String(body, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
