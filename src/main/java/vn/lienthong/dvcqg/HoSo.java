package vn.lienthong.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A dossier as the national portal stores it: every value a string, a list or an object, never null. */
public record HoSo(
        @JsonProperty("MaHoSo") String maHoSo,
        @JsonProperty("MaTTHC") String maTthc,
        @JsonProperty("TenTTHC") String tenTthc,
        @JsonProperty("MaLinhVuc") String maLinhVuc,
        @JsonProperty("TenLinhVuc") String tenLinhVuc,
        @JsonProperty("KenhThucHien") String kenhThucHien,
        @JsonProperty("ChuHoSo") String chuHoSo,
        @JsonProperty("LoaiDoiTuong") String loaiDoiTuong,
        @JsonProperty("MaDoiTuong") String maDoiTuong,
        @JsonProperty("SoGiayToChuHoSo") String soGiayToChuHoSo,
        @JsonProperty("DinhDanhCHS") List<DinhDanh> dinhDanhChs,
        @JsonProperty("SoDienThoai") String soDienThoai,
        @JsonProperty("Email") String email,
        @JsonProperty("TrichYeuHoSo") String trichYeuHoSo,
        @JsonProperty("NgayNopHoSo") String ngayNopHoSo,
        @JsonProperty("NgayTiepNhan") String ngayTiepNhan,
        @JsonProperty("NgayHenTra") String ngayHenTra,
        @JsonProperty("NgayTra") String ngayTra,
        @JsonProperty("NgayKetThucXuLy") String ngayKetThucXuLy,
        @JsonProperty("NgayTuChoi") String ngayTuChoi,
        @JsonProperty("TrangThaiHoSo") String trangThaiHoSo,
        @JsonProperty("DonViXuLy") String donViXuLy,
        @JsonProperty("NoiNopHoSo") String noiNopHoSo,
        @JsonProperty("DuocThanhToanTrucTuyen") String duocThanhToanTrucTuyen,
        @JsonProperty("DSKetNoiCSDL") List<KetNoiCsdl> dsKetNoiCsdl,
        @JsonProperty("DanhSachLePhi") List<LePhi> danhSachLePhi,
        @JsonProperty("TaiLieuNop") List<TaiLieu> taiLieuNop) {

    public record DinhDanh(
            @JsonProperty("LoaiDinhDanh") String loaiDinhDanh,
            @JsonProperty("SoDinhDanh") String soDinhDanh) {
    }

    public record KetNoiCsdl(@JsonProperty("MaCSDL") String maCsdl) {
    }

    public record LePhi(
            @JsonProperty("TenPhiLePhi") String tenPhiLePhi,
            @JsonProperty("MaPhiLePhi") String maPhiLePhi,
            @JsonProperty("HinhThucThu") String hinhThucThu,
            @JsonProperty("Gia") String gia,
            @JsonProperty("LoaiPhiLePhi") String loaiPhiLePhi) {
    }

    public record TaiLieu(
            @JsonProperty("TepDinhKemId") String tepDinhKemId,
            @JsonProperty("TenTepDinhKem") String tenTepDinhKem,
            @JsonProperty("MaThanhPhanHoSo") String maThanhPhanHoSo,
            @JsonProperty("DuongDanTaiTepTin") String duongDanTaiTepTin,
            @JsonProperty("DuocSoHoa") String duocSoHoa) {
    }
}
