package vn.lienthong.simulator.dvcqg;

import static vn.lienthong.simulator.dvcqg.FieldRules.date;
import static vn.lienthong.simulator.dvcqg.FieldRules.first;
import static vn.lienthong.simulator.dvcqg.FieldRules.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules the portal enforces on a HoSo; a broken one fails the item with error_code 1 naming the field. */
final class HoSoRules {

    private static final Pattern MA_TTHC = Pattern.compile("^\\d\\.\\d{6}$");
    private static final List<String> DATES = List.of("NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra",
            "NgayKetThucXuLy", "NgayTuChoi");
    private static final Set<String> ZERO_ONE = Set.of("0", "1");
    private static final Set<String> ONE_TWO = Set.of("1", "2");

    private final Pattern maHoSo;

    HoSoRules(String provinceSuffix) {
        this.maHoSo = Pattern.compile("^[^.\\s-]+\\.[^.\\s-]+\\.[^.\\s-]+\\." + Pattern.quote(provinceSuffix) + "-\\S+$");
    }

    String violation(JsonNode hoSo) {
        if (!hoSo.isObject()) {
            return "HoSo phải là đối tượng JSON";
        }
        String violation = first(FieldRules.onlyStrings(hoSo, ""),
                maHoSo.matcher(hoSo.path("MaHoSo").asText("")).matches() ? null : "MaHoSo không hợp lệ",
                MA_TTHC.matcher(hoSo.path("MaTTHC").asText("")).matches() ? null : "MaTTHC không hợp lệ",
                FieldRules.required(hoSo, "ChuHoSo"),
                FieldRules.maxLength(hoSo, "TrichYeuHoSo", 1000),
                oneOf(hoSo, "TrangThaiHoSo", FieldRules.TRANG_THAI, true),
                oneOf(hoSo, "KenhThucHien", Set.of("1", "2", "3"), true),
                oneOf(hoSo, "NoiNopHoSo", Set.of("1", "2", "3"), false),
                oneOf(hoSo, "LoaiDoiTuong", Set.of("1", "2", "3", "4"), true),
                oneOf(hoSo, "DuocThanhToanTrucTuyen", ZERO_ONE, false));
        for (String field : DATES) {
            violation = first(violation, date(hoSo, field, false));
        }
        return first(violation, receivedAfterSubmitted(hoSo), lists(hoSo));
    }

    private static String receivedAfterSubmitted(JsonNode hoSo) {
        String submitted = hoSo.path("NgayNopHoSo").asText("");
        String received = hoSo.path("NgayTiepNhan").asText("");
        return !submitted.isEmpty() && !received.isEmpty() && received.compareTo(submitted) < 0
                ? "NgayTiepNhan không được trước NgayNopHoSo" : null;
    }

    private static String lists(JsonNode hoSo) {
        String violation = null;
        for (String list : List.of("DinhDanhCHS", "DSKetNoiCSDL", "DanhSachLePhi", "TaiLieuNop")) {
            JsonNode value = hoSo.get(list);
            if (value != null && !value.isArray()) {
                return list + " phải là danh sách";
            }
        }
        for (JsonNode id : hoSo.path("DinhDanhCHS")) {
            violation = first(violation, oneOf(id, "LoaiDinhDanh", ONE_TWO, true),
                    "1".equals(id.path("LoaiDinhDanh").asText()) && !id.path("SoDinhDanh").asText().matches("\\d{12}")
                            ? "DinhDanhCHS.SoDinhDanh không hợp lệ" : null);
        }
        for (JsonNode database : hoSo.path("DSKetNoiCSDL")) {
            violation = first(violation, oneOf(database, "MaCSDL", Set.of("1", "2", "3", "4"), true));
        }
        for (JsonNode fee : hoSo.path("DanhSachLePhi")) {
            violation = first(violation, oneOf(fee, "LoaiPhiLePhi", ONE_TWO, true),
                    oneOf(fee, "HinhThucThu", ONE_TWO, true),
                    fee.path("Gia").asText("").matches("\\d+") ? null : "Gia không hợp lệ");
        }
        for (JsonNode document : hoSo.path("TaiLieuNop")) {
            violation = first(violation, oneOf(document, "DuocSoHoa", ZERO_ONE, false));
        }
        return violation;
    }
}
