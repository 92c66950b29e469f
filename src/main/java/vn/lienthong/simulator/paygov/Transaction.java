package vn.lienthong.simulator.paygov;

import java.util.LinkedHashMap;
import java.util.Map;

/** One PayGov transaction as its books hold it; {@code tampered} rows are listed with a wrong checksum. */
public record Transaction(String maGiaoDich, String maThamChieu, String maHoSo, String soTien, String trangThai,
                          String thoiGianGD, boolean tampered) {

    public static final String SUCCESS = "1";
    public static final String REFUNDED = "4";

    Transaction withStatus(String status) {
        return new Transaction(maGiaoDich, maThamChieu, maHoSo, soTien, status, thoiGianGD, tampered);
    }

    Transaction withAmount(String amount) {
        return new Transaction(maGiaoDich, maThamChieu, maHoSo, amount, trangThai, thoiGianGD, tampered);
    }

    Transaction withBadChecksum() {
        return new Transaction(maGiaoDich, maThamChieu, maHoSo, soTien, trangThai, thoiGianGD, true);
    }

    /** The day the listing files it under: the local calendar day of ThoiGianGD. */
    String ngay() {
        return thoiGianGD.substring(0, 8);
    }

    Map<String, Object> listingRow(PaygovSigner signer) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("MaGiaoDich", maGiaoDich);
        row.put("MaThamChieu", maThamChieu);
        row.put("MaHoSo", maHoSo);
        row.put("SoTien", soTien);
        row.put("TrangThai", trangThai);
        row.put("ThoiGianGD", thoiGianGD);
        String mac = signer.sign(maGiaoDich, maThamChieu, maHoSo, soTien, trangThai, thoiGianGD);
        row.put("MaXacThuc", tampered ? new StringBuilder(mac).reverse().toString() : mac);
        return row;
    }

    Map<String, Object> notification(PaygovSigner signer, String partnerCode) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("LoaiBanTin", "Confirm");
        message.put("PhienBan", "1.0.0");
        message.put("MaDoiTac", partnerCode);
        message.put("MaThamChieu", maThamChieu);
        message.put("MaHoSo", maHoSo);
        message.put("MaGiaoDich", maGiaoDich);
        message.put("SoTien", soTien);
        message.put("MaTienTe", "VND");
        message.put("TrangThai", trangThai);
        message.put("ThoiGianGD", thoiGianGD);
        message.put("MaXacThuc", signer.sign("Confirm", partnerCode, maThamChieu, maHoSo, maGiaoDich, soTien, trangThai,
                thoiGianGD));
        return message;
    }
}
