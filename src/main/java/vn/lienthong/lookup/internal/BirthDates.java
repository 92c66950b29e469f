package vn.lienthong.lookup.internal;

/**
 * Birth dates as the look-up contracts compare them: equal, or the same year when only the year is known on
 * either side. Accepts {@code yyyy-MM-dd}, {@code yyyyMMdd}, {@code dd/MM/yyyy} and {@code yyyy}.
 */
public final class BirthDates {

    private BirthDates() {
    }

    public static boolean same(String a, String b) {
        String x = canonical(a);
        String y = canonical(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.length() == 4 || y.length() == 4) {
            return x.substring(0, 4).equals(y.substring(0, 4));
        }
        return x.equals(y);
    }

    /** {@code yyyyMMdd}, or {@code yyyy} alone, or empty when the value is none of the known forms. */
    static String canonical(String value) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return v.replace("-", "");
        }
        if (v.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return v.substring(6) + v.substring(3, 5) + v.substring(0, 2);
        }
        return v.matches("\\d{8}|\\d{4}") ? v : "";
    }
}
