package vn.lienthong.simulator.dvcqg;

import static vn.lienthong.simulator.dvcqg.FieldRules.date;

import com.fasterxml.jackson.databind.JsonNode;

/** The rules the portal enforces on a handling step (TienDo). */
final class TienDoRules {

    private TienDoRules() {
    }

    static String violation(JsonNode tienDo) {
        if (!tienDo.isObject()) {
            return "TienDo phải là đối tượng JSON";
        }
        return FieldRules.first(FieldRules.onlyStrings(tienDo, ""),
                FieldRules.required(tienDo, "MaHoSo"),
                FieldRules.maxLength(tienDo, "NguoiXuLy", 50),
                date(tienDo, "ThoiDiemXuLy", true),
                date(tienDo, "NgayBatDau", false),
                date(tienDo, "NgayKetThucTheoQuyDinh", false),
                FieldRules.oneOf(tienDo, "TrangThai", FieldRules.TRANG_THAI, false));
    }
}
