package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.dossier.SampleDossier.JSON;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.dossier.SampleDossier;

class ContentHashTest {

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldHashTheCanonicalFormWithKeysSortedAndNonAsciiAsItself() throws Exception {
        Map<String, Object> hoSo = new LinkedHashMap<>();
        hoSo.put("TenTTHC", "Đăng ký khai sinh");
        hoSo.put("MaHoSo", "000.00.04.G18-251120-00012");
        String canonical = "{\"MaHoSo\":\"000.00.04.G18-251120-00012\",\"TenTTHC\":\"Đăng ký khai sinh\"}";

        assertThat(ContentHash.of(hoSo))
                .isEqualTo(sha256(canonical))
                .isEqualTo("0598521fe2d5e8b1129bbb716e3282295f7808427fdcc4f4c3bc1fb123cb997f");
    }

    @Test
    void shouldHashARecordByItsWireNames() throws Exception {
        TienDo step = JSON.treeToValue(SampleDossier.resource("/dvcqg/sample-tiendo.json"), TienDo.class);
        String canonical = "{\"ChucDanh\":\"Công chức tư pháp\",\"MaHoSo\":\"000.00.04.G18-251120-00012\","
                + "\"NgayBatDau\":\"20261120082031\",\"NgayKetThucTheoQuyDinh\":\"20261121170000\","
                + "\"NguoiXuLy\":\"Trần Thị Bình\",\"NoiDungXuLy\":\"Tiếp nhận hồ sơ\","
                + "\"PhongBanXuLy\":\"Bộ phận một cửa\",\"ThoiDiemXuLy\":\"20261120082031\",\"TrangThai\":\"2\"}";

        assertThat(ContentHash.of(step)).isEqualTo(sha256(canonical));
    }

    @Test
    void shouldEscapeOnlyWhatJsonRequiresAndKeepArrayOrder() throws Exception {
        Map<String, Object> value = Map.of("b", List.of("2", "1"), "a", "say \"hi\"\u0001/é");
        String canonical = "{\"a\":\"say \\\"hi\\\"\\u0001/é\",\"b\":[\"2\",\"1\"]}";

        assertThat(ContentHash.of(value)).isEqualTo(sha256(canonical));
    }

    @Test
    void shouldHashTheSameHoSoReadBackFromThePortalToTheSameValue() throws Exception {
        HoSo sent = new HoSoMapper("G18").toHoSo(SampleDossier.dossier(), List.of("1"));
        HoSo stored = JSON.treeToValue(SampleDossier.resource("/dvcqg/sample-hoso.json"), HoSo.class);

        assertThat(stored).isEqualTo(sent);
        assertThat(ContentHash.of(stored)).isEqualTo(ContentHash.of(sent)).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldChangeWhenAnyValueChanges() throws Exception {
        HoSo hoSo = new HoSoMapper("G18").toHoSo(SampleDossier.dossier(), List.of());
        HoSo withDatabase = new HoSoMapper("G18").toHoSo(SampleDossier.dossier(), List.of("1"));

        assertThat(ContentHash.of(hoSo)).isNotEqualTo(ContentHash.of(withDatabase));
    }
}
