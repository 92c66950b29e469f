package vn.lienthong.dossier;

import java.util.stream.Stream;
import vn.lienthong.platform.Reason;

/** A dossier no retry will fix: kept with its reason for an operator. Messages never hold a full personal number. */
public class InvalidDossierException extends Exception {

    private final String field;
    private final String reason;
    private final Reason failureReason;

    /** A field that breaks a rule: its message code takes the field first, then the values. */
    public InvalidDossierException(String field, DossierReasons code, String reason, Object... values) {
        this(field, code.reason(reason, Stream.concat(Stream.of(field), Stream.of(values)).toArray()));
    }

    /** A field with a problem already told (its arguments start with the field). */
    InvalidDossierException(String field, Reason problem) {
        super(field + ": " + problem.text());
        this.field = field;
        this.reason = problem.text();
        this.failureReason = problem.withText(getMessage());
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The whole message with its code and arguments, as kept in failed_sync. */
    public Reason failureReason() {
        return failureReason;
    }
}
