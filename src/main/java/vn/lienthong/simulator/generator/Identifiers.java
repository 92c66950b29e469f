package vn.lienthong.simulator.generator;

import java.util.Random;

/** Personal and enterprise identifiers following the rules of the provincial contract. */
public final class Identifiers {

    static final String[] CCCD_PROVINCES = {"001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
        "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
        "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
        "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
        "087", "089", "091", "092", "093", "094", "095", "096"};
    private static final int[] MST_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private Identifiers() {
    }

    /** A CCCD: birth province, century and sex digit, two digits of the birth year, six random digits. */
    public static String cccd(Random random, int birthYear, boolean female) {
        int centuryDigit = (birthYear / 100 - 19) * 2 + (female ? 1 : 0);
        return CCCD_PROVINCES[random.nextInt(CCCD_PROVINCES.length)] + centuryDigit
                + "%02d".formatted(birthYear % 100) + digits(random, 6);
    }

    public static String cmnd(Random random) {
        return (1 + random.nextInt(9)) + digits(random, 8);
    }

    /** A ten-digit tax code with a valid check digit. */
    public static String mst(Random random) {
        while (true) {
            String first = "0" + (1 + random.nextInt(8)) + digits(random, 7);
            int check = mstCheckDigit(first);
            if (check >= 0 && !first.substring(2).matches("0+")) {
                return first + check;
            }
        }
    }

    /** The check digit for the first nine digits of a tax code, or -1 when none is ever issued. */
    public static int mstCheckDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < MST_WEIGHTS.length; i++) {
            sum += (firstNine.charAt(i) - '0') * MST_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? -1 : 10 - remainder;
    }

    static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
