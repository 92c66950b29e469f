package vn.lienthong.simulator.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.hoSo;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.simulator.SimulatorTest;

class DossierSyncTest extends SimulatorTest {

    private static final String MA = "000.00.04.G18-251120-00012";

    private String session;

    @BeforeEach
    void login() {
        session = http.login();
    }

    @Test
    void shouldCreateThenRefuseSecondCreateAsExistingThenAcceptUpdate() {
        assertThat(itemCode(http.service(session, sync(false, hoSo(MA))))).isZero();
        assertThat(Math.abs(itemCode(http.service(session, sync(false, hoSo(MA)))))).isEqualTo(3);
        ObjectNode changed = hoSo(MA).put("TrangThaiHoSo", "9");
        assertThat(itemCode(http.service(session, sync(true, changed)))).isZero();

        assertThat(portal.createCount(MA)).isEqualTo(1);
        assertThat(portal.stored(MA).get("TrangThaiHoSo").asText()).isEqualTo("9");
        assertThat(portal.acceptedHashes(MA)).hasSize(2);
    }

    @Test
    void shouldChangeNothingOnRepeatedIdenticalUpdate() {
        http.service(session, sync(false, hoSo(MA)));

        assertThat(itemCode(http.service(session, sync(true, hoSo(MA))))).isZero();
        assertThat(portal.acceptedHashes(MA)).hasSize(1);
    }

    @Test
    void shouldRefuseUpdateOfUnknownDossierWithCodeTwo() {
        assertThat(itemCode(http.service(session, sync(true, hoSo(MA))))).isEqualTo(2);
        assertThat(portal.size()).isZero();
    }

    @Test
    void shouldFailRepeatedMaHoSoWithinOneBatch() {
        JsonNode answer = http.service(session, sync(false, hoSo(MA), hoSo(MA)));

        assertThat(number(answer.get("data").get(0).get("error_code"))).isZero();
        assertThat(number(answer.get("data").get(1).get("error_code"))).isEqualTo(1);
    }

    @Test
    void shouldRefuseBatchOfMoreThanFiftyAsAWhole() {
        ObjectNode[] batch = IntStream.range(0, 51).mapToObj(i -> hoSo(MA + i)).toArray(ObjectNode[]::new);

        JsonNode answer = http.service(session, sync(false, batch));

        assertThat(number(answer.get("error_code"))).isNotZero();
        assertThat(portal.size()).isZero();
    }

    @Test
    void shouldAnswerCodesAsNumbersAndStringsThatCompareNumerically() {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            JsonNode answer = http.service(session, sync(false, hoSo(MA + i)));
            JsonNode code = answer.get("data").get(0).get("error_code");
            forms.add(code.getNodeType() + ":" + code.asText());
            assertThat(number(code)).isZero();
        }
        assertThat(forms).contains("NUMBER:0", "STRING:0", "STRING:00");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void shouldFailItemWithCodeOneNamingTheField(String field, Consumer<ObjectNode> breakIt) {
        ObjectNode broken = hoSo(MA);
        breakIt.accept(broken);

        JsonNode item = http.service(session, sync(false, broken)).get("data").get(0);

        assertThat(number(item.get("error_code"))).isEqualTo(1);
        assertThat(item.get("message").asText()).contains(field);
        assertThat(portal.size()).isZero();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("MaHoSo", h -> h.put("MaHoSo", "000.00.04.H99-251120-00012")),
                rule("MaHoSo", h -> h.put("MaHoSo", "00.04.G18-251120-00012")),
                rule("MaTTHC", h -> h.put("MaTTHC", "1.05129")),
                rule("TrichYeuHoSo", h -> h.put("TrichYeuHoSo", "x".repeat(1001))),
                rule("ChuHoSo", h -> h.put("ChuHoSo", "")),
                rule("NgayNopHoSo", h -> h.put("NgayNopHoSo", "2026-11-20")),
                rule("NgayHenTra", h -> h.put("NgayHenTra", "20261332170000")),
                rule("NgayTiepNhan", h -> h.put("NgayTiepNhan", "20261120081459")),
                rule("TrangThaiHoSo", h -> h.put("TrangThaiHoSo", "11")),
                rule("KenhThucHien", h -> h.put("KenhThucHien", "4")),
                rule("LoaiDoiTuong", h -> h.put("LoaiDoiTuong", "5")),
                rule("LoaiDinhDanh", h -> ((ObjectNode) h.get("DinhDanhCHS").get(0)).put("LoaiDinhDanh", "3")),
                rule("MaCSDL", h -> ((ObjectNode) h.get("DSKetNoiCSDL").get(0)).put("MaCSDL", "5")),
                rule("LoaiPhiLePhi", h -> ((ObjectNode) h.get("DanhSachLePhi").get(0)).put("LoaiPhiLePhi", "3")),
                rule("HinhThucThu", h -> ((ObjectNode) h.get("DanhSachLePhi").get(0)).put("HinhThucThu", "0")),
                rule("Gia", h -> ((ObjectNode) h.get("DanhSachLePhi").get(0)).put("Gia", "8.000")),
                rule("DuocSoHoa", h -> ((ObjectNode) h.get("TaiLieuNop").get(0)).put("DuocSoHoa", "true")),
                rule("DuocThanhToanTrucTuyen", h -> h.put("DuocThanhToanTrucTuyen", "2")),
                rule("Gia", h -> ((ObjectNode) h.get("DanhSachLePhi").get(0)).put("Gia", 8000)));
    }

    private static Arguments rule(String field, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, breakIt);
    }

    private static int itemCode(JsonNode answer) {
        return number(answer.get("data").get(0).get("error_code"));
    }

    static int number(JsonNode code) {
        return Integer.parseInt(code.asText());
    }
}
