package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.dossier.SampleDossier.readValid;
import static vn.lienthong.dossier.SampleDossier.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.InvalidDossierException;

class PortalRulesTest {

    private final HoSoMapper mapper = new HoSoMapper("G18");

    private HoSo map(ObjectNode dossier) throws InvalidDossierException {
        return mapper.toHoSo(readValid(dossier), List.of());
    }

    /** The reader already refuses long summaries; the mapper must refuse them on its own too. */
    private static Dossier withSummary(Dossier d, String summary) {
        return new Dossier(d.code(), d.version(), d.updatedAt(), d.procedure(), d.channel(), d.status(), d.agency(),
                d.applicant(), summary, d.parcel(), d.appliedDate(), d.acceptedDate(), d.appointmentDate(),
                d.completedDate(), d.returnedDate(), d.rejectedDate(), d.fees(), d.documents(), d.history());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.04.G18-251120-00012", "000.20.31.G18-251120-1", "H18.26.01.G18-x"})
    void shouldAcceptDossierCodeOfAUnitOfTheProvince(String code) {
        assertThatCode(() -> map(with("/code", code))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.00.04.G19-251120-00012", "000.04.G18-251120-00012", "000.00.00.04.G18-251120",
        "000.00.04.G18251120-00012", "000.00.04.g18-251120-00012", "X000.00.04.G18", "251120-00012"})
    void shouldRejectDossierCodeOutsideTheProvince(String code) {
        assertThatThrownBy(() -> map(with("/code", code)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("does not start with a unit code of province G18")
                .extracting("field").isEqualTo("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.00512", "1.0051290", "1-005129", "12.005129", "1.00512a", "TTHC-01"})
    void shouldRejectProcedureCodeNotMatchingThePortalPattern(String code) {
        assertThatThrownBy(() -> map(with("/procedure/code", code)))
                .hasMessage("procedure.code: '" + code + "' is not a national procedure code d.dddddd (MaTTHC)");
    }

    @Test
    void shouldAcceptSummaryOfExactlyThePortalLimit() throws Exception {
        Dossier dossier = withSummary(readValid(with("/summary", "")), "ồ".repeat(1000));

        assertThat(mapper.toHoSo(dossier, List.of()).trichYeuHoSo()).hasSize(1000);
    }

    @Test
    void shouldRejectSummaryLongerThanPortalLimit() {
        Dossier dossier = withSummary(readValid(with("/summary", "")), "ồ".repeat(1001));

        assertThatThrownBy(() -> mapper.toHoSo(dossier, List.of()))
                .hasMessage("summary: 1,001 characters, the portal (TrichYeuHoSo) allows at most 1,000");
    }

    @Test
    void shouldRejectDossierWithoutApplicantName() {
        assertThatThrownBy(() -> map(with("/applicant/fullname", "  ")))
                .hasMessage("applicant.fullname: required by the portal (ChuHoSo) but missing");
    }

    @Test
    void shouldRejectAcceptanceBeforeApplication() {
        ObjectNode dossier = with("/acceptedDate", "2026-11-20T08:14:59+07:00");

        assertThatThrownBy(() -> map(dossier)).hasMessage("acceptedDate: accepted at 20261120081459, before the"
                + " application at 20261120081500; the portal requires NgayTiepNhan not before NgayNopHoSo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T08:15:00+07:00", "2026-11-20T08:15:00.100+07:00", "2026-11-20T08:16:00+07:00"})
    void shouldAcceptAcceptanceNotBeforeApplicationToTheSecond(String accepted) {
        ObjectNode dossier = with("/appliedDate", "2026-11-20T08:15:00.900+07:00");
        with(dossier, "/acceptedDate", accepted);

        assertThatCode(() -> map(dossier)).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptAcceptanceWhenApplicationDateIsMissing() {
        assertThatCode(() -> map(with("/appliedDate", null))).doesNotThrowAnyException();
    }

    @Test
    void shouldRequireTheProvinceSuffix() {
        assertThatThrownBy(() -> new HoSoMapper(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
