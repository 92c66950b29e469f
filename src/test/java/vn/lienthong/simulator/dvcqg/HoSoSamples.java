package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.lienthong.simulator.SimHttp;

/** Valid portal payloads to start tests from. */
final class HoSoSamples {

    private HoSoSamples() {
    }

    static ObjectNode hoSo(String maHoSo) {
        ObjectNode hoSo = SimHttp.JSON.createObjectNode().put("MaHoSo", maHoSo).put("MaTTHC", "1.005129")
                .put("TenTTHC", "Đăng ký khai sinh").put("MaLinhVuc", "G18-HT01").put("TenLinhVuc", "Hộ tịch")
                .put("KenhThucHien", "2").put("ChuHoSo", "Nguyễn Văn An").put("LoaiDoiTuong", "1")
                .put("MaDoiTuong", "").put("SoGiayToChuHoSo", "001203004512").put("SoDienThoai", "0912345678")
                .put("Email", "an.nguyen@example.vn").put("TrichYeuHoSo", "Đăng ký khai sinh cho con")
                .put("NgayNopHoSo", "20261120081500").put("NgayTiepNhan", "20261120082031")
                .put("NgayHenTra", "20261125170000").put("NgayTra", "").put("NgayKetThucXuLy", "")
                .put("NgayTuChoi", "").put("TrangThaiHoSo", "4").put("DonViXuLy", "UBND Phường Ba Đình")
                .put("NoiNopHoSo", "2").put("DuocThanhToanTrucTuyen", "1");
        hoSo.putArray("DinhDanhCHS").addObject().put("LoaiDinhDanh", "1").put("SoDinhDanh", "001203004512");
        hoSo.putArray("DSKetNoiCSDL").addObject().put("MaCSDL", "1");
        hoSo.putArray("DanhSachLePhi").addObject().put("TenPhiLePhi", "Lệ phí đăng ký khai sinh")
                .put("MaPhiLePhi", "LP-HT-01").put("HinhThucThu", "2").put("Gia", "8000").put("LoaiPhiLePhi", "2");
        hoSo.putArray("TaiLieuNop").addObject().put("TepDinhKemId", "8f2c")
                .put("TenTepDinhKem", "giay-chung-sinh.pdf").put("MaThanhPhanHoSo", "TP-01")
                .put("DuongDanTaiTepTin", "https://provincial.example/files/8f2c").put("DuocSoHoa", "1");
        return hoSo;
    }

    static ObjectNode tienDo(String maHoSo, String thoiDiem) {
        return SimHttp.JSON.createObjectNode().put("MaHoSo", maHoSo).put("NguoiXuLy", "Trần Thị Bình")
                .put("ChucDanh", "Công chức tư pháp").put("ThoiDiemXuLy", thoiDiem)
                .put("PhongBanXuLy", "Bộ phận một cửa").put("NoiDungXuLy", "Tiếp nhận hồ sơ").put("TrangThai", "2")
                .put("NgayBatDau", thoiDiem).put("NgayKetThucTheoQuyDinh", "20261121170000");
    }

    static ObjectNode sync(boolean updating, ObjectNode... hoSo) {
        ObjectNode request = SimHttp.JSON.createObjectNode().put("service", "DongBoHoSoMC")
                .put("isUpdating", updating ? "True" : "False");
        request.putArray("data").addAll(List.of(hoSo));
        return request;
    }

    static ObjectNode progress(ObjectNode... steps) {
        ObjectNode request = SimHttp.JSON.createObjectNode().put("service", "CapNhatTienDoHoSoMC");
        ArrayNode data = request.putArray("data");
        data.addAll(List.of(steps));
        return request;
    }
}
