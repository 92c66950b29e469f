package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One fee's payment as the payments feed and export show it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Payment(String dossierCode, String paymentRef, long amount, String status, String transactionId,
               String paidAt, String updatedAt, @JsonIgnore String dossierKey) {

    Payment stamped(String at) {
        return new Payment(dossierCode, paymentRef, amount, status, transactionId, paidAt, at, dossierKey);
    }

    boolean samePaymentAs(Payment other) {
        return other != null && amount == other.amount && status.equals(other.status)
                && Objects.equals(transactionId, other.transactionId)
                && Objects.equals(paidAt, other.paidAt);
    }

    boolean paidWithin(OffsetDateTime from, OffsetDateTime to) {
        if (paidAt == null) {
            return false;
        }
        OffsetDateTime at = OffsetDateTime.parse(paidAt);
        return !at.isBefore(from) && at.isBefore(to);
    }
}
