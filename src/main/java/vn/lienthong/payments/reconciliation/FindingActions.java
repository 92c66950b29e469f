package vn.lienthong.payments.reconciliation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.lienthong.platform.ReasonCode;

/** What a payment reconciliation did about a finding: stored as its code beside the English the API returns. */
enum FindingActions implements ReasonCode {
    REPORTED("payment-action.reported", "reported"),
    REPORTED_NEVER_APPLIED("payment-action.reported-never-applied", "reported, never applied"),
    CONFIRMATION_QUEUED("payment-action.confirmation-queued", "confirmation queued"),
    CONFIRMATION_PENDING("payment-action.confirmation-pending", "confirmation already pending"),
    CONFIRMATION_SENT_AGAIN("payment-action.confirmation-sent-again", "confirmation sent again"),
    PROVINCE_REFUSED("payment-action.province-refused", "not confirmed: the province refused it, see failed_sync"),
    REFUNDED("payment-action.refunded", "not confirmed: refunded at PayGov");

    private final Spec spec;
    private final String english;

    FindingActions(String code, String english) {
        this.spec = Spec.of(code);
        this.english = english;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** A SQL expression giving the English text of the action whose code {@code column} holds. */
    static String englishOf(String column) {
        return Arrays.stream(values()).map(a -> "when '" + a.code() + "' then '" + a.english.replace("'", "''") + "'")
                .collect(Collectors.joining(" ", "case " + column + " ", " end"));
    }
}
