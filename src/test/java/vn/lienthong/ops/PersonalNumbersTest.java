package vn.lienthong.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

    private final PersonalNumbers personal = new PersonalNumbers(new ObjectMapper());

    @Test
    void shouldMaskTheIdentityNumberWhateverItLooksLike() {
        String masked = personal.maskRecord("""
                {"code":"000.00.04.G18-251120-00012","applicant":{"identityType":"CCCD","identityNumber":"0012A3004512"}}""");

        assertThat(masked).contains("\"identityNumber\":\"********4512\"").contains("000.00.04.G18-251120-00012");
    }

    @Test
    void shouldMaskPersonalNumbersAnywhereInTextButNotPortalTimes() {
        String masked = personal.maskRecord("""
                {"summary":"CCCD 001203004512, CMND 123456789, nộp lúc 20261120083000","phone":"0912345678"}""");

        assertThat(masked).contains("CCCD ********4512").contains("CMND *****6789").contains("20261120083000")
                .contains("\"phone\":\"******5678\"").doesNotContain("001203004512");
    }

    @Test
    void shouldMaskARecordThatIsNotJsonAsText() {
        assertThat(personal.maskRecord("{\"broken\": \"001203004512")).isEqualTo("{\"broken\": \"********4512");
    }

    @Test
    void shouldMaskReasons() {
        assertThat(PersonalNumbers.maskText("CCCD must be 12 digits (got 11: 00120300451)")).endsWith("(got 11: *******0451)");
    }
}
