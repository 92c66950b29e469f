package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.dossier.SampleDossier.JSON;
import static vn.lienthong.dossier.SampleDossier.readValid;
import static vn.lienthong.dossier.SampleDossier.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.dossier.SampleDossier;

class HoSoMapperTest {

    private final HoSoMapper mapper = new HoSoMapper("G18");

    private HoSo map(ObjectNode dossier) throws InvalidDossierException {
        return mapper.toHoSo(readValid(dossier), List.of());
    }

    @Test
    void shouldMapTheContractExampleToTheContractHoSo() throws Exception {
        HoSo hoSo = mapper.toHoSo(SampleDossier.dossier(), List.of("1"));

        JsonNode sent = JSON.valueToTree(hoSo);

        assertThat(sent).isEqualTo(SampleDossier.resource("/dvcqg/sample-hoso.json"));
    }

    @ParameterizedTest
    @CsvSource({"new, 1", "receiving, 2", "denied, 3", "processing, 4", "waiting, 5", "paying, 6", "cancelled, 7",
        "unresolved, 8", "releasing, 9", "done, 10"})
    void shouldMapEveryStatusOfTheStatusTable(String status, String trangThaiHoSo) throws Exception {
        assertThat(map(with("/status", status)).trangThaiHoSo()).isEqualTo(trangThaiHoSo);
    }

    @ParameterizedTest
    @CsvSource({"direct, 1", "online, 2", "postal, 3"})
    void shouldMapChannelToBothKenhThucHienAndNoiNopHoSo(String channel, String code) throws Exception {
        HoSo hoSo = map(with("/channel", channel));

        assertThat(hoSo.kenhThucHien()).isEqualTo(code);
        assertThat(hoSo.noiNopHoSo()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"citizen, 1", "enterprise, 2", "agency, 3", "organization, 4"})
    void shouldMapApplicantTypeToLoaiDoiTuong(String type, String loaiDoiTuong) throws Exception {
        assertThat(map(with("/applicant/type", type)).loaiDoiTuong()).isEqualTo(loaiDoiTuong);
    }

    @ParameterizedTest
    @CsvSource({"CCCD, 001203004512, 1, ''", "CMND, 012345678, 2, ''", "MST, 0100233488, 2, 0100233488",
        "OTHER, HC-B1234567, 2, ''"})
    void shouldMapIdentityToDinhDanhAndMaDoiTuong(String type, String number, String loai, String maDoiTuong)
            throws Exception {
        ObjectNode dossier = with("/applicant/identityType", type);
        with(dossier, "/applicant/identityNumber", number);

        HoSo hoSo = map(dossier);

        assertThat(hoSo.dinhDanhChs()).containsExactly(new HoSo.DinhDanh(loai, number));
        assertThat(hoSo.soGiayToChuHoSo()).isEqualTo(number);
        assertThat(hoSo.maDoiTuong()).isEqualTo(maDoiTuong);
    }

    @Test
    void shouldFormatEveryDateInVietnamTimeAndLeaveMissingOnesEmpty() throws Exception {
        ObjectNode dossier = with("/appliedDate", "2026-11-20T01:15:00Z");
        with(dossier, "/acceptedDate", "2026-11-20 08:20:31");
        with(dossier, "/appointmentDate", "25/11/2026");
        with(dossier, "/completedDate", "20261126100000");
        with(dossier, "/returnedDate", "2026-11-27");
        with(dossier, "/rejectedDate", null);

        HoSo hoSo = map(dossier);

        assertThat(List.of(hoSo.ngayNopHoSo(), hoSo.ngayTiepNhan(), hoSo.ngayHenTra(), hoSo.ngayKetThucXuLy(),
                hoSo.ngayTra(), hoSo.ngayTuChoi()))
                .containsExactly("20261120081500", "20261120082031", "20261125000000", "20261126100000",
                        "20261127000000", "");
    }

    @Test
    void shouldAllowOnlinePaymentOnlyWhenAFeeIsPaidOnline() throws Exception {
        assertThat(map(SampleDossier.json()).duocThanhToanTrucTuyen()).isEqualTo("1");
        assertThat(map(with("/fees/0/paymentMethod", "cash")).duocThanhToanTrucTuyen()).isEqualTo("0");
        assertThat(map(with("/fees", List.of())).duocThanhToanTrucTuyen()).isEqualTo("0");
    }

    @Test
    void shouldMapFeeTypeMethodAndAmount() throws Exception {
        ObjectNode dossier = with("/fees/0/type", "fee");
        with(dossier, "/fees/0/paymentMethod", "cash");
        with(dossier, "/fees/0/amount", 1500000);

        assertThat(map(dossier).danhSachLePhi()).containsExactly(
                new HoSo.LePhi("Lệ phí đăng ký khai sinh", "LP-HT-01", "1", "1500000", "1"));
    }

    @ParameterizedTest
    @CsvSource({"https://provincial.example/files/8f2c, 8f2c", "https://provincial.example/files/8f2c/, 8f2c",
        "https://provincial.example/files/8f2c?download=1, 8f2c", "https://provincial.example, ''"})
    void shouldTakeTheAttachmentIdFromTheLastPathSegment(String url, String id) throws Exception {
        assertThat(map(with("/documents/0/url", url)).taiLieuNop().get(0).tepDinhKemId()).isEqualTo(id);
    }

    @Test
    void shouldMarkDocumentsNotDigitizedWithZero() throws Exception {
        assertThat(map(with("/documents/0/digitized", false)).taiLieuNop().get(0).duocSoHoa()).isEqualTo("0");
    }

    @Test
    void shouldListConsultedDatabasesSortedOnceEach() throws Exception {
        HoSo hoSo = mapper.toHoSo(SampleDossier.dossier(), List.of("4", "1", "4"));

        assertThat(hoSo.dsKetNoiCsdl()).containsExactly(new HoSo.KetNoiCsdl("1"), new HoSo.KetNoiCsdl("4"));
    }

    @Test
    void shouldSendAnEmptyListWhenNoDatabaseWasConsulted() throws Exception {
        assertThat(mapper.toHoSo(SampleDossier.dossier(), List.of()).dsKetNoiCsdl()).isEmpty();
        assertThat(mapper.toHoSo(SampleDossier.dossier(), null).dsKetNoiCsdl()).isEmpty();
    }

    @Test
    void shouldSendComposedTextForDecomposedInput() throws Exception {
        HoSo hoSo = map(with("/applicant/fullname", "Nguye\u0302\u0303n  Va\u0306n An"));

        assertThat(hoSo.chuHoSo()).isEqualTo("Nguy\u1ec5n V\u0103n An");
    }

    @Test
    void shouldSendEmptyStringsNeverNulls() throws Exception {
        ObjectNode dossier = with("/applicant/email", null);
        with(dossier, "/procedure/fieldName", null);

        assertThat(JSON.writeValueAsString(map(dossier))).doesNotContain("null");
    }
}
