package vn.lienthong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.dossier.SampleDossier.read;
import static vn.lienthong.dossier.SampleDossier.readValid;
import static vn.lienthong.dossier.SampleDossier.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierIdentityTest {

    private static ObjectNode identity(String type, String number, String birthDate) {
        ObjectNode dossier = with("/applicant/identityType", type);
        with(dossier, "/applicant/identityNumber", number);
        return with(dossier, "/applicant/birthDate", birthDate);
    }

    @ParameterizedTest
    @CsvSource({"CCCD, 001203004512, 2003-05-14", "CCCD, 001203004512, 2003", "CCCD, 079089001234, 14/05/1989",
        "CCCD, 001203004512, ", "CMND, 012345678, 1980", "MST, 0100233488, ", "MST, 0100233488-001, ",
        "OTHER, HC-B1234567, "})
    void shouldAcceptWellFormedIdentity(String type, String number, String birthDate) {
        assertThat(readValid(identity(type, number, birthDate)).applicant().identityNumber()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({
        "CCCD, 00120300451, 'CCCD must be 12 digits (got 11: *******0451)'",
        "CCCD, 003203004512, 'CCCD digits 1-3 (003) are not one of the 63 legacy province codes (********4512)'",
        "CCCD, 001603004512, 'CCCD digit 4 (century and sex) must be 0-5, got 6 (********4512)'",
        "CMND, 0123456789, 'CMND must be 9 digits (got 10: ******6789)'",
        "MST, 0100233489, 'MST check digit (10th) is wrong (******3489)'",
        "MST, 0100233488-000, 'MST branch suffix must not be 000 (**********-000)'"})
    void shouldRejectMalformedIdentityWithMaskedNumber(String type, String number, String reason) {
        assertThatThrownBy(() -> read(identity(type, number, null)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage("applicant.identityNumber: " + reason);
    }

    @Test
    void shouldRejectCccdWhoseBirthYearContradictsBirthDate() {
        assertThatThrownBy(() -> read(identity("CCCD", "001203004512", "1990-05-14")))
                .hasMessage("applicant.identityNumber: CCCD encodes birth year 2003 but birthDate is 1990-05-14"
                        + " (********4512)");
    }

    @Test
    void shouldRejectCccdWhoseCenturyContradictsBirthYear() {
        assertThatThrownBy(() -> read(identity("CCCD", "001003004512", "2003")))
                .extracting("field").isEqualTo("applicant.identityNumber");
    }

    @Test
    void shouldRejectTypedIdentityWithoutNumber() {
        assertThatThrownBy(() -> read(identity("CCCD", null, null)))
                .hasMessage("applicant.identityNumber: required but missing for identityType CCCD");
    }

    @ParameterizedTest
    @CsvSource({"CCCD, 0012030045123, ", "CCCD, 003203004512, ", "CCCD, 001603004512, ", "CCCD, 001203004512, 1990",
        "CCCD, 00120300451A, ", "CMND, 001203004512, ", "MST, 001203004512, "})
    void shouldNeverPutATwelveDigitNumberInAMessage(String type, String number, String birthDate) {
        assertThatThrownBy(() -> read(identity(type, number, birthDate)))
                .isInstanceOf(InvalidDossierException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d{12}"));
    }
}
