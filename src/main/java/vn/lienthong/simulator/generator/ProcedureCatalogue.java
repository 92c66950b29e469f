package vn.lienthong.simulator.generator;

import java.util.List;
import vn.lienthong.simulator.generator.Procedure.Component;
import vn.lienthong.simulator.generator.Procedure.Fee;

/** The procedures dossiers are generated for; field codes carry the province suffix. */
final class ProcedureCatalogue {

    private ProcedureCatalogue() {
    }

    static List<Procedure> forProvince(String suffix) {
        String hoTich = suffix + "-HT01";
        String chungThuc = suffix + "-CT01";
        String kinhDoanh = suffix + "-KD01";
        String datDai = suffix + "-DD01";
        String xayDung = suffix + "-XD01";
        String baoTro = suffix + "-BT01";
        List<Component> toKhai = List.of(new Component("TP-01", "to-khai.pdf"),
                new Component("TP-02", "cccd-nguoi-yeu-cau.pdf"));
        List<Component> land = List.of(new Component("TP-01", "don-dang-ky.pdf"),
                new Component("TP-02", "giay-to-nguon-goc-dat.pdf"), new Component("TP-03", "so-do-thua-dat.pdf"));
        return List.of(
                new Procedure("1.005129", "Đăng ký khai sinh", hoTich, "Hộ tịch", false, 1,
                        List.of(new Fee("LP-HT-01", "Lệ phí đăng ký khai sinh", "charge", 8000)),
                        List.of(new Component("TP-01", "giay-chung-sinh.pdf"), toKhai.get(0))),
                new Procedure("1.001193", "Đăng ký kết hôn", hoTich, "Hộ tịch", false, 3,
                        List.of(new Fee("LP-HT-02", "Lệ phí đăng ký kết hôn", "charge", 30000)), toKhai),
                new Procedure("1.000656", "Đăng ký khai tử", hoTich, "Hộ tịch", false, 1, List.of(), toKhai),
                new Procedure("2.000794", "Cấp Giấy xác nhận tình trạng hôn nhân", hoTich, "Hộ tịch", false, 3,
                        List.of(new Fee("LP-HT-05", "Lệ phí xác nhận tình trạng hôn nhân", "charge", 15000)),
                        toKhai),
                new Procedure("1.004227", "Cấp bản sao Trích lục hộ tịch", hoTich, "Hộ tịch", false, 1,
                        List.of(new Fee("P-HT-03", "Phí cấp bản sao trích lục", "fee", 8000)), toKhai),
                new Procedure("2.000908", "Chứng thực bản sao từ bản chính", chungThuc, "Chứng thực", false, 1,
                        List.of(new Fee("P-CT-01", "Phí chứng thực bản sao", "fee", 2000)),
                        List.of(new Component("TP-01", "ban-chinh.pdf"))),
                new Procedure("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản", chungThuc,
                        "Chứng thực", false, 2,
                        List.of(new Fee("P-CT-02", "Phí chứng thực hợp đồng", "fee", 50000)),
                        List.of(new Component("TP-01", "du-thao-hop-dong.pdf"))),
                new Procedure("1.001612", "Đăng ký thành lập hộ kinh doanh", kinhDoanh,
                        "Thành lập và hoạt động của hộ kinh doanh", false, 3,
                        List.of(new Fee("LP-KD-01", "Lệ phí đăng ký hộ kinh doanh", "charge", 100000)),
                        List.of(new Component("TP-01", "giay-de-nghi-dang-ky.pdf"), toKhai.get(1))),
                new Procedure("1.001266", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", kinhDoanh,
                        "Thành lập và hoạt động của hộ kinh doanh", false, 3,
                        List.of(new Fee("LP-KD-02", "Lệ phí thay đổi đăng ký hộ kinh doanh", "charge", 50000)),
                        List.of(new Component("TP-01", "thong-bao-thay-doi.pdf"))),
                new Procedure("1.003007", "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu", datDai,
                        "Đất đai", true, 30,
                        List.of(new Fee("LP-DD-01", "Lệ phí cấp Giấy chứng nhận", "charge", 100000),
                                new Fee("P-DD-01", "Phí thẩm định hồ sơ cấp Giấy chứng nhận", "fee", 500000),
                                new Fee("P-DD-02", "Phí đo đạc, lập bản đồ địa chính", "fee", 1200000)), land),
                new Procedure("1.004221", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
                        datDai, "Đất đai", true, 10,
                        List.of(new Fee("LP-DD-02", "Lệ phí đăng ký biến động", "charge", 50000),
                                new Fee("P-DD-03", "Phí thẩm định hồ sơ đăng ký biến động", "fee", 300000)), land),
                new Procedure("1.000798", "Hòa giải tranh chấp đất đai", datDai, "Đất đai", true, 45, List.of(),
                        land),
                new Procedure("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", xayDung, "Hoạt động xây dựng",
                        false, 15, List.of(new Fee("LP-XD-01", "Lệ phí cấp giấy phép xây dựng", "charge", 75000)),
                        List.of(new Component("TP-01", "don-de-nghi-cap-phep.pdf"),
                                new Component("TP-02", "ban-ve-thiet-ke.pdf"))),
                new Procedure("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", baoTro,
                        "Bảo trợ xã hội", false, 20, List.of(), toKhai),
                new Procedure("2.000286", "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", kinhDoanh,
                        "An toàn thực phẩm và dinh dưỡng", false, 20,
                        List.of(new Fee("P-ATTP-01", "Phí thẩm định cơ sở an toàn thực phẩm", "fee", 700000)),
                        List.of(new Component("TP-01", "ho-so-co-so.pdf"))));
    }
}
