package vn.lienthong.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One handling step as the portal stores it; the portal identifies it by MaHoSo and ThoiDiemXuLy. */
public record TienDo(
        @JsonProperty("MaHoSo") String maHoSo,
        @JsonProperty("NguoiXuLy") String nguoiXuLy,
        @JsonProperty("ChucDanh") String chucDanh,
        @JsonProperty("ThoiDiemXuLy") String thoiDiemXuLy,
        @JsonProperty("PhongBanXuLy") String phongBanXuLy,
        @JsonProperty("NoiDungXuLy") String noiDungXuLy,
        @JsonProperty("TrangThai") String trangThai,
        @JsonProperty("NgayBatDau") String ngayBatDau,
        @JsonProperty("NgayKetThucTheoQuyDinh") String ngayKetThucTheoQuyDinh) {
}
