package vn.lienthong.dossier;

/** A dossier no retry will fix: kept with its reason for an operator. Messages never hold a full personal number. */
public class InvalidDossierException extends Exception {

    private final String field;
    private final String reason;

    public InvalidDossierException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
