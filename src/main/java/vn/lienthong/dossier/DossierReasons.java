package vn.lienthong.dossier;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/** Why the gateway cannot read a provincial dossier; the first argument of each is the field's path. */
public enum DossierReasons implements ReasonCode {
    NOT_AN_OBJECT("dossier.not-an-object"),
    MISSING("dossier.missing"),
    NOT_AN_OBJECT_FIELD("dossier.not-an-object-field", "got"),
    NOT_A_LIST("dossier.not-a-list"),
    NOT_TEXT("dossier.not-text", "got"),
    UNKNOWN_VALUE("dossier.unknown-value", "value", "expected"),
    BAD_DATE("dossier.bad-date", "value", "formats"),
    BAD_BIRTH_DATE("dossier.bad-birth-date", "value", "formats"),
    NOT_WHOLE_NUMBER("dossier.not-whole-number", "value"),
    TOO_LONG("dossier.too-long", "length", "max"),
    /** A code the database cannot store or index (DossierCodes.requireStorable). */
    CODE_NUL("dossier.code-nul", "position"),
    CODE_LONE_SURROGATE("dossier.code-lone-surrogate", "position", "character"),
    CODE_TOO_LONG("dossier.code-too-long", "bytes", "max"),
    IDENTITY_MISSING("dossier.identity-missing", "identityType"),
    CCCD_LENGTH("cccd.length", "length", "masked"),
    CCCD_PROVINCE("cccd.province", "digits", "masked"),
    CCCD_CENTURY("cccd.century", "digit", "masked"),
    CCCD_BIRTH_YEAR_MISMATCH("cccd.birth-year-mismatch", "year", "birthDate", "masked"),
    CMND_LENGTH("cmnd.length", "length", "masked"),
    MST_FORMAT("mst.format", "length", "masked"),
    MST_ZERO("mst.zero", "masked"),
    MST_CHECK_DIGIT("mst.check-digit", "masked"),
    MST_BRANCH("mst.branch", "masked"),
    /** Checked against the portal's rules before sending (dvcqg). */
    PORTAL_PROCEDURE_CODE("portal.procedure-code", "value"),
    PORTAL_APPLICANT_NAME("portal.applicant-name"),
    PORTAL_ACCEPTED_BEFORE_APPLIED("portal.accepted-before-applied", "accepted", "applied"),
    PORTAL_STEP_TIME("portal.step-time"),
    PORTAL_DOSSIER_CODE("portal.dossier-code", "code", "province");

    private final Spec spec;

    DossierReasons(String code, String... params) {
        this.spec = Spec.of(List.of("field"), code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
