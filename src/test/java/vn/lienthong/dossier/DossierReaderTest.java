package vn.lienthong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.dossier.SampleDossier.read;
import static vn.lienthong.dossier.SampleDossier.readValid;
import static vn.lienthong.dossier.SampleDossier.with;
import static vn.lienthong.dossier.SampleDossier.without;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DossierReaderTest {

    @Test
    void shouldReadTheContractExample() {
        Dossier dossier = SampleDossier.dossier();

        assertThat(dossier.code()).isEqualTo("000.00.04.G18-251120-00012");
        assertThat(dossier.version()).isEqualTo(7);
        assertThat(dossier.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:41:12.345+07:00"));
        assertThat(dossier.procedure()).isEqualTo(
                new Dossier.Procedure("1.005129", "Đăng ký khai sinh", "G18-HT01", "Hộ tịch"));
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.agency()).isEqualTo(new Dossier.Agency("000.00.04.G18", "UBND Phường Ba Đình"));
        assertThat(dossier.applicant()).isEqualTo(new Dossier.Applicant(ApplicantType.CITIZEN, "Nguyễn Văn An",
                IdentityType.CCCD, "001203004512", "2003-05-14", "0912345678", "an.nguyen@example.vn",
                new Dossier.Address("2025-07-01", "01", "00004", null, "12 Phan Đình Phùng")));
        assertThat(dossier.summary()).isEqualTo("Đăng ký khai sinh cho con");
        assertThat(dossier.parcel()).isNull();
        assertThat(dossier.appliedDate()).isEqualTo(OffsetDateTime.parse("2026-11-20T08:15:00+07:00"));
        assertThat(dossier.completedDate()).isNull();
        assertThat(dossier.fees()).containsExactly(new Dossier.Fee("LP-HT-01", "Lệ phí đăng ký khai sinh",
                FeeType.CHARGE, 8000L, PaymentMethod.ONLINE, PaymentStatus.UNPAID, "PR-251120-00012-1", null, null));
        assertThat(dossier.documents()).containsExactly(new Dossier.Document("TP-01", "giay-chung-sinh.pdf",
                "https://provincial.example/files/8f2c", "9f86d0...", true));
        assertThat(dossier.history()).containsExactly(new Dossier.Step("Trần Thị Bình", "Công chức tư pháp",
                "Bộ phận một cửa", "Tiếp nhận hồ sơ", DossierStatus.RECEIVING,
                OffsetDateTime.parse("2026-11-20T08:20:31+07:00"), OffsetDateTime.parse("2026-11-21T17:00:00+07:00")));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-20T08:15:00+07:00,     2026-11-20T08:15:00+07:00",
        "2026-11-20T01:15:00Z,          2026-11-20T08:15:00+07:00",
        "2026-11-20T03:15:00.250+02:00, 2026-11-20T08:15:00.250+07:00",
        "2026-11-20T08:15:00,           2026-11-20T08:15:00+07:00",
        "2026-11-20,                    2026-11-20T00:00:00+07:00",
        "20/11/2026,                    2026-11-20T00:00:00+07:00",
        "2026-11-20 08:15:00,           2026-11-20T08:15:00+07:00",
        "20261120081500,                2026-11-20T08:15:00+07:00"})
    void shouldReadEveryContractDateFormatAsVietnamTime(String received, String expected) {
        OffsetDateTime applied = readValid(with("/appliedDate", received)).appliedDate();

        assertThat(applied).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(applied.getOffset().getId()).isEqualTo("+07:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "31/02/2026", "2026-13-01", "20/11/26", "20261120", "hôm qua", "2026-11-20T08:15:00+0700"})
    void shouldRejectUnparseableDateNamingTheField(String received) {
        assertThatThrownBy(() -> read(with("/appliedDate", received)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageStartingWith("appliedDate: '" + received + "' is not a date")
                .extracting("field").isEqualTo("appliedDate");
    }

    @Test
    void shouldNameTheStepWhoseDateIsUnparseable() {
        assertThatThrownBy(() -> read(with("/history/0/at", "hôm qua"))).extracting("field").isEqualTo("history[0].at");
    }

    @ParameterizedTest
    @CsvSource({"2003, 2003", "2003-05-14, 2003-05-14", "14/05/2003, 2003-05-14", "2003-05-14 00:00:00, 2003-05-14",
        "20030514000000, 2003-05-14", "2003-05-14T00:00:00+07:00, 2003-05-14"})
    void shouldKeepBirthDateAsDateOrYearAlone(String received, String expected) {
        assertThat(readValid(with("/applicant/birthDate", received)).applicant().birthDate()).isEqualTo(expected);
    }

    @Test
    void shouldRejectUnparseableBirthDate() {
        assertThatThrownBy(() -> read(with("/applicant/birthDate", "14-05-2003")))
                .hasMessageStartingWith("applicant.birthDate: '14-05-2003' is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/code", "/version", "/procedure/code", "/status"})
    void shouldRejectDossierWithoutRequiredField(String pointer) {
        String field = pointer.substring(1).replace('/', '.');

        assertThatThrownBy(() -> read(without(pointer)))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessage(field + ": required but missing");
    }

    @Test
    void shouldTreatBlankCodeAsMissing() {
        assertThatThrownBy(() -> read(with("/code", "   "))).hasMessage("code: required but missing");
    }

    @Test
    void shouldRejectACodeTheDatabaseCannotStoreSayingWhy() {
        assertThatThrownBy(() -> read(with("/code", "000.00.04.G18-251120-\u000012")))
                .hasMessage("code: holds a NUL character (U+0000) at position 22, which the database cannot store")
                .extracting("failureReason.code").isEqualTo("dossier.code-nul");
        assertThatThrownBy(() -> read(with("/code", "000.00.04.G18-\ud800")))
                .hasMessage("code: holds U+D800 at position 15, half of a surrogate pair: not valid Unicode");
        assertThatThrownBy(() -> read(with("/code", "000.00.04.G18-" + "Đ".repeat(500))))
                .hasMessage("code: 1,014 bytes in UTF-8, the gateway keeps codes of at most 1,000");
        assertThat(readValid(with("/code", "000.00.04.G18-251120-\ud83d\ude00")).code()).as("a whole pair is fine")
                .endsWith("\ud83d\ude00");
    }

    @ParameterizedTest
    @CsvSource({"/status, archived", "/channel, fax", "/applicant/type, person", "/applicant/identityType, PASSPORT"})
    void shouldRejectValueOutsideTheContractValueSet(String pointer, String value) {
        String field = pointer.substring(1).replace('/', '.');

        assertThatThrownBy(() -> read(with(pointer, value)))
                .hasMessageStartingWith(field + ": unknown value '" + value + "' (expected one of ");
    }

    @Test
    void shouldRejectUnknownPaymentMethodNamingTheFee() {
        assertThatThrownBy(() -> read(with("/fees/0/paymentMethod", "cheque")))
                .hasMessage("fees[0].paymentMethod: unknown value 'cheque' (expected one of online, cash)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000.5", "-8000", "tám nghìn"})
    void shouldRejectFeeAmountThatIsNotWholeVnd(String amount) {
        assertThatThrownBy(() -> read(with("/fees/0/amount", amount))).extracting("field").isEqualTo("fees[0].amount");
    }

    @Test
    void shouldAcceptSummaryOfExactlyThePortalLimit() {
        assertThat(readValid(with("/summary", "a".repeat(1000))).summary()).hasSize(1000);
    }

    @Test
    void shouldRejectSummaryLongerThanPortalLimit() {
        assertThatThrownBy(() -> read(with("/summary", "a".repeat(1214))))
                .hasMessage("summary: 1,214 characters, the portal allows at most 1,000")
                .extracting("reason").isEqualTo("1,214 characters, the portal allows at most 1,000");
    }

    @Test
    void shouldCountSummaryLengthAfterComposingDecomposedText() {
        String decomposed = "e\u0302\u0301".repeat(1000);

        assertThat(readValid(with("/summary", decomposed)).summary()).isEqualTo("\u1ebf".repeat(1000));
    }

    @Test
    void shouldNormaliseTextAtTheEdgeKeepingTonePosition() {
        var dossier = with("/applicant/fullname", "  Nguye\u0302\u0303n  Va\u0306n   An ");
        with(dossier, "/summary", "Hồ sơ  Thanh Hoá");

        Dossier read = readValid(dossier);

        assertThat(read.applicant().fullname()).isEqualTo("Nguyễn Văn An");
        assertThat(read.summary()).isEqualTo("Hồ sơ Thanh Ho\u00e1");
    }

    @Test
    void shouldDefaultUnitCodeVersionToLegacyWhenDistrictIsGiven() {
        var dossier = without("/applicant/address/unitCodeVersion");
        with(dossier, "/applicant/address/districtCode", "001");

        assertThat(readValid(dossier).applicant().address().unitCodeVersion()).isEqualTo("legacy");
    }

    @Test
    void shouldDefaultUnitCodeVersionToCurrentWithoutDistrict() {
        var address = readValid(without("/applicant/address/unitCodeVersion")).applicant().address();

        assertThat(address.unitCodeVersion()).isEqualTo("2025-07-01");
    }

    @Test
    void shouldRejectUnknownUnitCodeVersion() {
        assertThatThrownBy(() -> read(with("/applicant/address/unitCodeVersion", "2019")))
                .extracting("field").isEqualTo("applicant.address.unitCodeVersion");
    }

    @Test
    void shouldKeepParcelAsReceived() {
        var parcel = SampleDossier.JSON.createObjectNode().put("mapSheet", "12").put("parcelNumber", "345");

        assertThat(readValid(with("/parcel", parcel)).parcel()).isEqualTo(parcel);
    }
}
