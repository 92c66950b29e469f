package vn.lienthong.simulator.generator;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Vietnamese personal, street and organisation names. */
final class VietnameseNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
            "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
            "Trương", "Lâm", "Mai", "Tạ");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công",
            "Xuân", "Thanh", "Gia", "Tuấn");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng",
            "Kim", "Bảo", "Thùy");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hùng", "Hoàng", "Khoa",
            "Long", "Nam", "Phong", "Quân", "Sơn", "Thành", "Toàn", "Tuấn", "Việt", "Hòa", "Khoái", "Thụy", "Huy",
            "Đạt", "Hiếu", "Lộc", "Tài");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Bích", "Chi", "Dung", "Giang", "Hà", "Hạnh",
            "Hoa", "Hòa", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phương", "Thảo", "Thủy", "Thúy", "Trang",
            "Tuyết", "Yến", "Loan", "Khoa");
    private static final List<String> STREETS = List.of("Phan Đình Phùng", "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Huệ",
            "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung", "Hoàng Diệu", "Điện Biên Phủ", "Nguyễn Trãi",
            "Võ Thị Sáu", "Trường Chinh", "Lê Duẩn", "Nguyễn Thái Học", "Hùng Vương");
    private static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Tây", "Thôn Trung Hòa", "Xóm Mới",
            "Ấp Bình Thủy", "Bản Nà Khoa", "Tổ dân phố Hòa Bình", "Khu phố Thống Nhất");
    private static final List<String> TRADE_NAMES = List.of("Hòa Phong", "Minh Khoa", "Thủy Tiên", "An Phú",
            "Đại Việt", "Sao Mai", "Trường Sơn", "Hoàng Gia", "Phú Thịnh", "Tân Hóa");
    private static final List<String> ENTERPRISE_FORMS = List.of("Công ty TNHH", "Công ty TNHH MTV",
            "Công ty Cổ phần", "Doanh nghiệp tư nhân");
    private static final List<String> ENTERPRISE_TRADES = List.of("Thương mại Dịch vụ", "Xây dựng", "Nông sản",
            "Vận tải", "Công nghệ", "Thực phẩm");
    private static final List<String> ORGANISATIONS = List.of("Hợp tác xã Nông nghiệp", "Hợp tác xã Dịch vụ",
            "Hội Nông dân", "Hội Phụ nữ", "Quỹ Từ thiện");

    private VietnameseNames() {
    }

    static String fullname(Random random, boolean female) {
        return pick(random, FAMILY) + " " + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
    }

    static String enterprise(Random random) {
        return pick(random, ENTERPRISE_FORMS) + " " + pick(random, ENTERPRISE_TRADES) + " "
                + pick(random, TRADE_NAMES);
    }

    static String organisation(Random random) {
        return pick(random, ORGANISATIONS) + " " + pick(random, TRADE_NAMES);
    }

    static String addressDetail(Random random) {
        return random.nextBoolean()
                ? "Số " + (1 + random.nextInt(250)) + " " + pick(random, STREETS)
                : pick(random, VILLAGES);
    }

    /** Lower-case ASCII without diacritics, as in e-mail addresses. */
    static String ascii(String text) {
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
