package vn.lienthong.simulator.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.simulator.dvcqg.DossierSyncTest.number;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.hoSo;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimHttp;
import vn.lienthong.simulator.SimulatorTest;
import vn.lienthong.simulator.Utf8Order;
import vn.lienthong.simulator.generator.Dates;

class PortalQueriesTest extends SimulatorTest {

    private static final String UNIT = "000.00.04.G18";

    private String session;

    @BeforeEach
    void loginAndSend() {
        session = http.login();
        for (int batch = 0; batch < 3; batch++) {
            List<ObjectNode> items = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                items.add(hoSo(UNIT + "-2511" + (20 + batch) + "-" + String.format("%05d", 40 - i)));
            }
            http.service(session, sync(false, items.toArray(ObjectNode[]::new)));
        }
        http.service(session, sync(false, hoSo("000.00.05.G18-251120-00001")));
    }

    @Test
    void shouldReadBackOneDossierAsStored() {
        JsonNode answer = http.service(session, Map.of("service", "TraCuuHoSo", "MaHoSo", UNIT + "-251120-00007"));

        assertThat(number(answer.get("error_code"))).isZero();
        assertThat(answer.get("data")).isEqualTo(portal.stored(UNIT + "-251120-00007"));
        assertThat(number(http.service(session, Map.of("service", "TraCuuHoSo", "MaHoSo", "nope"))
                .get("error_code"))).isEqualTo(2);
    }

    @Test
    void shouldListUnitInPagesSortedByMaHoSoBytes() {
        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode answer = http.service(session, Map.of("service", "DanhSachHoSo", "MaDonVi", UNIT,
                    "Trang", page, "SoBanGhi", 50));
            assertThat(answer.get("TongSoBanGhi").asInt()).isEqualTo(120);
            answer.get("data").forEach(item -> listed.add(item.get("MaHoSo").asText()));
        }

        assertThat(listed).hasSize(120).doesNotHaveDuplicates().isSortedAccordingTo(Utf8Order.COMPARATOR)
                .allMatch(ma -> ma.startsWith(UNIT));
    }

    @Test
    void shouldFilterOnNgayCapNhatWithBothEndsInclusive() {
        String now = DvcqgSimulator.PORTAL_TIME.format(ZonedDateTime.now(Dates.ZONE));
        String today = now.substring(0, 8);

        JsonNode inWindow = http.service(session, Map.of("service", "DanhSachHoSo", "MaDonVi", UNIT,
                "TuNgay", today + "000000", "DenNgay", today + "235959"));
        JsonNode before = http.service(session, Map.of("service", "DanhSachHoSo", "MaDonVi", UNIT,
                "TuNgay", "20000101000000", "DenNgay", "20000101235959"));
        String stamp = inWindow.get("data").get(0).get("NgayCapNhat").asText();
        JsonNode exact = http.service(session, Map.of("service", "DanhSachHoSo", "MaDonVi",
                inWindow.get("data").get(0).get("MaHoSo").asText(), "TuNgay", stamp, "DenNgay", stamp));

        assertThat(inWindow.get("TongSoBanGhi").asInt()).isEqualTo(120);
        assertThat(before.get("TongSoBanGhi").asInt()).isZero();
        assertThat(exact.get("TongSoBanGhi").asInt()).isEqualTo(1);
    }

    @Test
    void shouldHashStoredHoSoAsSha256OfItsCanonicalJson() throws Exception {
        JsonNode item = http.service(session, Map.of("service", "DanhSachHoSo", "MaDonVi", UNIT,
                "SoBanGhi", 1)).get("data").get(0);

        String canonical = new JsonCanonicalizer(SimHttp.JSON.writeValueAsString(
                hoSo(item.get("MaHoSo").asText()))).getEncodedString();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(item.get("BamNoiDung").asText()).isEqualTo(expected);
    }
}
