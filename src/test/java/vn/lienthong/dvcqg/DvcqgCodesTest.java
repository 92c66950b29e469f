package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DvcqgCodesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode code(String json) throws Exception {
        return JSON.readTree("{\"error_code\":" + json + "}").get("error_code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "\"0\"", "\"00\"", "\" 0 \"", "0.0"})
    void shouldReadEverySpellingOfZeroAsSuccess(String json) throws Exception {
        assertThat(DvcqgCodes.isSuccess(code(json))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1", "\"3\"|3", "-3|-3", "\"-3\"|-3", "\"99\"|99", "\"02\"|2"})
    void shouldCompareCodesNumerically(String json, int expected) throws Exception {
        assertThat(DvcqgCodes.asInt(code(json))).hasValue(expected);
        assertThat(DvcqgCodes.isSuccess(code(json))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"\"", "\"OK\"", "0.5", "{}", "[0]", "true"})
    void shouldTreatMissingOrNonNumericCodeAsNoCode(String json) throws Exception {
        assertThat(DvcqgCodes.asInt(code(json))).isEqualTo(OptionalInt.empty());
        assertThat(DvcqgCodes.isSuccess(code(json))).isFalse();
    }

    @Test
    void shouldTreatAnAbsentFieldAsNoCode() throws Exception {
        JsonNode body = JSON.readTree("{\"message\":\"<html>\"}");

        assertThat(DvcqgCodes.isSuccess(body.get("error_code"))).isFalse();
        assertThat(DvcqgCodes.isSuccess(body.path("error_code"))).isFalse();
    }
}
