package vn.lienthong.payments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.VietnamTime;

/** A verified PayGov notification, read into what the relay needs; the message itself is kept as received. */
public record Notification(String transactionId, String status, String paymentRef, String dossierCode, long amount,
                           OffsetDateTime paidAt, String record) {

    public static final String SUCCESS = "1";
    public static final String REFUNDED = "4";
    static final DateTimeFormatter PAYGOV_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Set<String> STATUSES = Set.of("1", "2", "3", "4");

    /** Reads a message whose checksum verified; a field no relay can use makes it invalid, with the reason. */
    static Notification read(JsonNode message, String partnerCode) {
        String partner = text(message, "MaDoiTac");
        if (!partnerCode.equals(partner)) {
            throw new InvalidNotification(PaymentReasons.PARTNER.reason("MaDoiTac: notification for partner '" + partner
                    + "', this gateway is " + partnerCode, String.valueOf(partner), partnerCode));
        }
        String transactionId = required(message, "MaGiaoDich");
        String status = required(message, "TrangThai").replaceFirst("^0+(?=\\d)", "");
        if (!STATUSES.contains(status)) {
            throw new InvalidNotification(PaymentReasons.UNKNOWN_STATUS.reason("TrangThai: unknown status '" + status + "' of "
                    + transactionId, status, transactionId));
        }
        return new Notification(transactionId, status, required(message, "MaThamChieu"), text(message, "MaHoSo"),
                amount(message, transactionId), paidAt(message, transactionId), message.toString());
    }

    static long amount(JsonNode message, String transactionId) {
        try {
            return Long.parseLong(required(message, "SoTien"));
        } catch (NumberFormatException e) {
            throw new InvalidNotification(PaymentReasons.AMOUNT.reason("SoTien: '" + text(message, "SoTien") + "' of " + transactionId
                    + " is not a whole amount of VND", String.valueOf(text(message, "SoTien")), transactionId));
        }
    }

    static OffsetDateTime paidAt(JsonNode message, String transactionId) {
        try {
            return LocalDateTime.parse(required(message, "ThoiGianGD"), PAYGOV_TIME).atZone(VietnamTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidNotification(PaymentReasons.TIME.reason("ThoiGianGD: '" + text(message, "ThoiGianGD") + "' of "
                    + transactionId + " is not yyyyMMddHHmmss", String.valueOf(text(message, "ThoiGianGD")), transactionId));
        }
    }

    private static String required(JsonNode message, String field) {
        String value = text(message, field);
        if (value == null || value.isBlank()) {
            throw new InvalidNotification(PaymentReasons.MISSING.reason(field + ": missing", field));
        }
        return value.strip();
    }

    static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** Verified as sent by PayGov, yet not usable: kept in failed_sync with this reason. */
    static class InvalidNotification extends RuntimeException {
        private final transient Reason reason;

        InvalidNotification(Reason reason) {
            super(reason.text());
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
