package vn.lienthong.dossier;

import java.util.Optional;
import vn.lienthong.dossier.internal.DossierDates;
import vn.lienthong.platform.Reason;

/** The applicant part of a dossier: identity checked against its type and its birth date. */
final class ApplicantReader {

    private ApplicantReader() {
    }

    static Dossier.Applicant read(JsonFields applicant) throws InvalidDossierException {
        IdentityType identityType = applicant.enumValue("identityType", IdentityType.class);
        String identityNumber = applicant.text("identityNumber");
        String birthDate = birthDate(applicant);
        checkIdentity(applicant, identityType, identityNumber, birthDate);
        return new Dossier.Applicant(
                applicant.enumValue("type", ApplicantType.class),
                applicant.text("fullname"),
                identityType,
                identityNumber,
                birthDate,
                applicant.text("phone"),
                applicant.text("email"),
                address(applicant.object("address")));
    }

    private static String birthDate(JsonFields applicant) throws InvalidDossierException {
        String text = applicant.text("birthDate");
        if (text == null) {
            return null;
        }
        return DossierDates.parseBirthDate(text).orElseThrow(() -> new InvalidDossierException(
                applicant.path("birthDate"), DossierReasons.BAD_BIRTH_DATE, "'" + text + "' is not a date in any accepted"
                        + " format (" + DossierDates.ACCEPTED_FORMATS + ", or yyyy alone)", text, DossierDates.ACCEPTED_FORMATS));
    }

    private static void checkIdentity(JsonFields applicant, IdentityType type, String number, String birthDate)
            throws InvalidDossierException {
        if (type == null || type == IdentityType.OTHER) {
            return;
        }
        String field = applicant.path("identityNumber");
        if (number == null) {
            throw new InvalidDossierException(field, DossierReasons.IDENTITY_MISSING,
                    "required but missing for identityType " + type.wire(), type.wire());
        }
        Optional<Reason> problem = switch (type) {
            case CCCD -> Identifiers.cccdReason(field, number);
            case CMND -> Identifiers.cmndReason(field, number);
            case MST -> Identifiers.mstReason(field, number);
            case OTHER -> Optional.empty();
        };
        if (problem.isPresent()) {
            throw new InvalidDossierException(field, problem.get());
        }
        if (type == IdentityType.CCCD && birthDate != null) {
            int encodedYear = Identifiers.cccdBirthYear(number);
            if (encodedYear != Integer.parseInt(birthDate.substring(0, 4))) {
                throw new InvalidDossierException(field, DossierReasons.CCCD_BIRTH_YEAR_MISMATCH, "CCCD encodes birth year "
                        + encodedYear + " but birthDate is " + birthDate + " (" + Identifiers.mask(number) + ")",
                        String.valueOf(encodedYear), birthDate, Identifiers.mask(number));
            }
        }
    }

    private static Dossier.Address address(JsonFields address) throws InvalidDossierException {
        if (address.isAbsent()) {
            return null;
        }
        String districtCode = address.text("districtCode");
        String version = address.text("unitCodeVersion");
        if (version == null) {
            version = districtCode == null ? Dossier.Address.CURRENT : Dossier.Address.LEGACY;
        } else if (!version.equals(Dossier.Address.CURRENT) && !version.equals(Dossier.Address.LEGACY)) {
            throw new InvalidDossierException(address.path("unitCodeVersion"), DossierReasons.UNKNOWN_VALUE,
                    "unknown value '" + version + "' (expected " + Dossier.Address.CURRENT + " or "
                            + Dossier.Address.LEGACY + ")", version, Dossier.Address.CURRENT + ", " + Dossier.Address.LEGACY);
        }
        return new Dossier.Address(version, address.text("provinceCode"), address.text("communeCode"),
                districtCode, address.text("detail"));
    }
}
