package vn.lienthong.simulator.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * A provincial dossier and the HoSo the portal stores for it (the example of the contracts), as text with
 * holes for what differs between bulk dossiers. The HoSo is canonicalised once with its holes; the values
 * filled in are plain ASCII, so the filled text is still RFC 8785 canonical.
 */
final class BulkTemplates {

    private static final String DOSSIER = """
            {"code":"%%CODE%%","version":%%VERSION%%,"updatedAt":"%%UPDATED%%",
             "procedure":{"code":"1.005129","name":"Đăng ký khai sinh","fieldCode":"G18-HT01","fieldName":"Hộ tịch"},
             "channel":"online","status":"processing","agency":{"code":"%%UNIT%%","name":"UBND Phường Ba Đình"},
             "applicant":{"type":"citizen","fullname":"Nguyễn Văn An","identityType":"CCCD","identityNumber":"001203004512",
              "birthDate":"2003-05-14","phone":"0912345678","email":"an.nguyen@example.vn",
              "address":{"unitCodeVersion":"2025-07-01","provinceCode":"01","communeCode":"00004","districtCode":null,
               "detail":"12 Phan Đình Phùng"}},
             "summary":"Đăng ký khai sinh cho con","parcel":null,"appliedDate":"2026-11-20T08:15:00+07:00",
             "acceptedDate":"2026-11-20T08:20:31+07:00","appointmentDate":"2026-11-25T17:00:00+07:00",
             "completedDate":null,"returnedDate":null,"rejectedDate":null,
             "fees":[{"code":"LP-HT-01","name":"Lệ phí đăng ký khai sinh","type":"charge","amount":8000,
              "paymentMethod":"online","paymentStatus":"unpaid","paymentRef":"PR-%%CODE%%-1","transactionId":null,"paidAt":null}],
             "documents":[{"componentCode":"TP-01","fileName":"giay-chung-sinh.pdf","url":"https://provincial.example/files/8f2c",
              "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","digitized":true}],
             "history":[{"handler":"Trần Thị Bình","position":"Công chức tư pháp","department":"Bộ phận một cửa",
              "action":"Tiếp nhận hồ sơ","status":"receiving","at":"2026-11-20T08:20:31+07:00","stepDueAt":"2026-11-21T17:00:00+07:00"}]}
            """.replace("\n", "");

    private static final String HO_SO = """
            {"MaHoSo":"%%CODE%%","MaTTHC":"1.005129","TenTTHC":"Đăng ký khai sinh","MaLinhVuc":"G18-HT01",
             "TenLinhVuc":"Hộ tịch","KenhThucHien":"2","ChuHoSo":"Nguyễn Văn An","LoaiDoiTuong":"1","MaDoiTuong":"",
             "SoGiayToChuHoSo":"001203004512","DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"001203004512"}],
             "SoDienThoai":"0912345678","Email":"an.nguyen@example.vn","TrichYeuHoSo":"%%SUMMARY%%",
             "NgayNopHoSo":"20261120081500","NgayTiepNhan":"20261120082031","NgayHenTra":"20261125170000","NgayTra":"",
             "NgayKetThucXuLy":"","NgayTuChoi":"","TrangThaiHoSo":"%%STATUS%%","DonViXuLy":"UBND Phường Ba Đình",
             "NoiNopHoSo":"2","DuocThanhToanTrucTuyen":"1","DSKetNoiCSDL":[],
             "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí đăng ký khai sinh","MaPhiLePhi":"LP-HT-01","HinhThucThu":"2",
              "Gia":"8000","LoaiPhiLePhi":"2"}],
             "TaiLieuNop":[{"TepDinhKemId":"8f2c","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP-01",
              "DuongDanTaiTepTin":"https://provincial.example/files/8f2c","DuocSoHoa":"1"}]}
            """.replace("\n", "");

    private static final Filler DOSSIER_FILLER = new Filler(DOSSIER);
    private static final Filler HO_SO_FILLER = new Filler(canonical(HO_SO));

    private BulkTemplates() {
    }

    static byte[] dossier(String code, String unit, int version, String updatedAt) {
        return DOSSIER_FILLER.fill(Map.of("CODE", code, "UNIT", unit, "VERSION", Integer.toString(version),
                "UPDATED", updatedAt));
    }

    /** Canonical HoSo bytes; {@code summary} must be ASCII without characters JSON escapes. */
    static byte[] hoSo(String code, String status, String summary) {
        return HO_SO_FILLER.fill(Map.of("CODE", code, "STATUS", status, "SUMMARY", summary));
    }

    /** A template cut once at its %%HOLE%%s into UTF-8 pieces: filling it only copies bytes. */
    private static final class Filler {

        private final List<byte[]> pieces = new ArrayList<>();
        private final List<String> holes = new ArrayList<>();
        private final int fixedLength;

        Filler(String template) {
            String[] parts = template.split("%%");
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    pieces.add(parts[i].getBytes(StandardCharsets.UTF_8));
                } else {
                    holes.add(parts[i]);
                }
            }
            fixedLength = pieces.stream().mapToInt(b -> b.length).sum();
        }

        byte[] fill(Map<String, String> values) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(fixedLength + 128);
            for (int i = 0; i < pieces.size(); i++) {
                out.writeBytes(pieces.get(i));
                if (i < holes.size()) {
                    out.writeBytes(values.get(holes.get(i)).getBytes(StandardCharsets.US_ASCII));
                }
            }
            return out.toByteArray();
        }
    }

    private static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
