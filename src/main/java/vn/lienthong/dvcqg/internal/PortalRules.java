package vn.lienthong.dvcqg.internal;

import java.util.regex.Pattern;
import vn.lienthong.dossier.DossierReasons;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.dossier.TextLimit;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.TienDo;

/** What the portal rejects with item error_code 1, checked before sending; fields named as in the provincial dossier. */
public final class PortalRules {

    static final int SUMMARY_LIMIT = 1000;
    static final int HANDLER_LIMIT = 50;
    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}");

    private final String provinceSuffix;
    private final Pattern dossierCode;

    public PortalRules(String provinceSuffix) {
        if (provinceSuffix == null || provinceSuffix.isBlank()) {
            throw new IllegalArgumentException("the province suffix of unit codes (e.g. G18) is required");
        }
        this.provinceSuffix = provinceSuffix;
        this.dossierCode = Pattern.compile("[^.\\-\\s]+\\.[^.\\-\\s]+\\.[^.\\-\\s]+\\." + Pattern.quote(provinceSuffix) + "-.*");
    }

    public void check(HoSo hoSo) throws InvalidDossierException {
        checkDossierCode(hoSo.maHoSo());
        if (!PROCEDURE_CODE.matcher(hoSo.maTthc()).matches()) {
            throw new InvalidDossierException("procedure.code", DossierReasons.PORTAL_PROCEDURE_CODE,
                    "'" + hoSo.maTthc() + "' is not a national procedure code d.dddddd (MaTTHC)", hoSo.maTthc());
        }
        TextLimit.requireAtMost("summary", hoSo.trichYeuHoSo(), SUMMARY_LIMIT, "the portal (TrichYeuHoSo)");
        if (hoSo.chuHoSo().isEmpty()) {
            throw new InvalidDossierException("applicant.fullname", DossierReasons.PORTAL_APPLICANT_NAME,
                    "required by the portal (ChuHoSo) but missing");
        }
        if (!hoSo.ngayNopHoSo().isEmpty() && !hoSo.ngayTiepNhan().isEmpty()
                && hoSo.ngayTiepNhan().compareTo(hoSo.ngayNopHoSo()) < 0) {
            throw new InvalidDossierException("acceptedDate", DossierReasons.PORTAL_ACCEPTED_BEFORE_APPLIED, "accepted at "
                    + hoSo.ngayTiepNhan() + ", before the application at " + hoSo.ngayNopHoSo()
                    + "; the portal requires NgayTiepNhan not before NgayNopHoSo", hoSo.ngayTiepNhan(), hoSo.ngayNopHoSo());
        }
    }

    public void check(TienDo step, int index) throws InvalidDossierException {
        checkDossierCode(step.maHoSo());
        if (step.thoiDiemXuLy().isEmpty()) {
            throw new InvalidDossierException("history[" + index + "].at", DossierReasons.PORTAL_STEP_TIME,
                    "required but missing: the portal identifies a step by its time (ThoiDiemXuLy)");
        }
        TextLimit.requireAtMost("history[" + index + "].handler", step.nguoiXuLy(), HANDLER_LIMIT,
                "the portal (NguoiXuLy)");
    }

    private void checkDossierCode(String code) throws InvalidDossierException {
        if (!dossierCode.matcher(code).matches()) {
            throw new InvalidDossierException("code", DossierReasons.PORTAL_DOSSIER_CODE, "'" + code
                    + "' does not start with a unit code of province " + provinceSuffix + " (four dot-separated parts"
                    + " ending in " + provinceSuffix + ", e.g. 000.00.04." + provinceSuffix + ") followed by '-' (MaHoSo)",
                    code, provinceSuffix);
        }
    }
}
