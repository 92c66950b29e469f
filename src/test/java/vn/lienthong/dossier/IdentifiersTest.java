package vn.lienthong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    private static final String LEGACY_PROVINCES = "001,002,004,006,008,010,011,012,014,015,017,019,020,022,024,"
            + "025,026,027,030,031,033,034,035,036,037,038,040,042,044,045,046,048,049,051,052,054,056,058,060,"
            + "062,064,066,067,068,070,072,074,075,077,079,080,082,083,084,086,087,089,091,092,093,094,095,096";

    @ParameterizedTest
    @ValueSource(strings = {"0100233488", "0314409058", "0100112437", "0100233488-001", "0314409058-123"})
    void shouldAcceptValidMst(String mst) {
        assertThat(Identifiers.isValidMst(mst)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "0100233489, check digit",
        "0314409050, check digit",
        "0100000003, digits 3-9 must not all be zero",
        "0100233488-000, branch suffix must not be 000",
        "010023348, must be 10 digits",
        "01002334881, must be 10 digits",
        "0100233488001, must be 10 digits",
        "0100233488-01, must be 10 digits",
        "01002334AB, must be 10 digits"})
    void shouldRejectMalformedMstWithItsReason(String mst, String reason) {
        assertThat(Identifiers.isValidMst(mst)).isFalse();
        assertThat(Identifiers.mstProblem(mst)).get().asString().contains(reason);
    }

    @Test
    void shouldRejectEveryCheckDigitWhenTheWeightedSumLeavesNoRemainder() {
        IntStream.rangeClosed(0, 9).forEach(check ->
                assertThat(Identifiers.isValidMst("100000008" + check)).as("check digit %d", check).isFalse());
    }

    @Test
    void shouldAcceptCccdFromEveryLegacyProvince() {
        Stream.of(LEGACY_PROVINCES.split(",")).forEach(province ->
                assertThat(Identifiers.isValidCccd(province + "203004512")).as(province).isTrue());
        assertThat(LEGACY_PROVINCES.split(",")).hasSize(63);
    }

    @ParameterizedTest
    @CsvSource({
        "003203004512, not one of the 63 legacy province codes",
        "000203004512, not one of the 63 legacy province codes",
        "097203004512, not one of the 63 legacy province codes",
        "001603004512, 'digit 4 (century and sex) must be 0-5, got 6'",
        "001903004512, 'digit 4 (century and sex) must be 0-5, got 9'",
        "00120304512, must be 12 digits (got 11: *******4512)",
        "0012030045123, must be 12 digits (got 13: *********5123)",
        "00120300451A, 'must be 12 digits (got 12 characters, not all digits: ********451A)'"})
    void shouldRejectMalformedCccdWithItsReason(String cccd, String reason) {
        assertThat(Identifiers.isValidCccd(cccd)).isFalse();
        assertThat(Identifiers.cccdProblem(cccd)).get().asString().contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"001089004512, 1989", "001103004512, 1903", "001203004512, 2003", "001399004512, 2099",
        "001401004512, 2101", "001500004512, 2100"})
    void shouldReadBirthYearFromCenturyDigitAndTwoDigitYear(String cccd, int year) {
        assertThat(Identifiers.cccdBirthYear(cccd)).isEqualTo(year);
    }

    @Test
    void shouldAcceptNineDigitCmndOnly() {
        assertThat(Identifiers.isValidCmnd("012345678")).isTrue();
        assertThat(Identifiers.isValidCmnd("01234567")).isFalse();
        assertThat(Identifiers.isValidCmnd("0123456789")).isFalse();
        assertThat(Identifiers.isValidCmnd("01234567X")).isFalse();
        assertThat(Identifiers.isValidCmnd(null)).isFalse();
    }

    @Test
    void shouldMaskAllButTheLastFourCharacters() {
        assertThat(Identifiers.mask("001203004512")).isEqualTo("********4512");
        assertThat(Identifiers.mask("012345678")).isEqualTo("*****5678");
        assertThat(Identifiers.mask("451")).isEqualTo("451");
        assertThat(Identifiers.mask(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"003203004512", "001603004512", "0012030045123", "00120300451A", "0012030045",
        "0100233489", "001203004512-000"})
    void shouldNeverPutAFullNumberInAReason(String number) {
        Stream.of(Identifiers.cccdProblem(number), Identifiers.cmndProblem(number), Identifiers.mstProblem(number))
                .flatMap(Optional::stream)
                .forEach(reason -> assertThat(reason).doesNotContainPattern("\\d{9}"));
    }
}
