package vn.lienthong.dossier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.platform.Reason;

/** CCCD, CMND and MST rules of the provincial contract; every reason masks the number. */
public final class Identifiers {

    private static final Set<String> LEGACY_PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
            "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
            "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
            "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");
    private static final int[] MST_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Pattern MST = Pattern.compile("(\\d{10})(?:-(\\d{3}))?");

    private Identifiers() {
    }

    public static boolean isValidCccd(String number) {
        return cccdProblem(number).isEmpty();
    }

    public static boolean isValidCmnd(String number) {
        return cmndProblem(number).isEmpty();
    }

    public static boolean isValidMst(String number) {
        return mstProblem(number).isEmpty();
    }

    /** Keeps the last four characters: "********4512". */
    public static String mask(String number) {
        if (number == null) {
            return "";
        }
        int hidden = Math.max(0, number.length() - 4);
        return "*".repeat(hidden) + number.substring(hidden);
    }

    public static Optional<String> cccdProblem(String number) {
        return cccdReason("", number).map(Reason::text);
    }

    /** What is wrong with a CCCD, with its message code; the field names where it was found. */
    public static Optional<Reason> cccdReason(String field, String number) {
        if (number == null || !number.matches("\\d{12}")) {
            return Optional.of(DossierReasons.CCCD_LENGTH.reason("CCCD must be 12 digits (got " + describe(number) + ")",
                    field, length(number), mask(number)));
        }
        if (!LEGACY_PROVINCES.contains(number.substring(0, 3))) {
            return Optional.of(DossierReasons.CCCD_PROVINCE.reason("CCCD digits 1-3 (" + number.substring(0, 3)
                    + ") are not one of the 63 legacy province codes (" + mask(number) + ")",
                    field, number.substring(0, 3), mask(number)));
        }
        if (number.charAt(3) > '5') {
            return Optional.of(DossierReasons.CCCD_CENTURY.reason("CCCD digit 4 (century and sex) must be 0-5, got "
                    + number.charAt(3) + " (" + mask(number) + ")", field, String.valueOf(number.charAt(3)), mask(number)));
        }
        return Optional.empty();
    }

    /** The birth year a valid CCCD encodes in digits 4-6. */
    public static int cccdBirthYear(String cccd) {
        int century = 1900 + (cccd.charAt(3) - '0') / 2 * 100;
        return century + Integer.parseInt(cccd.substring(4, 6));
    }

    public static Optional<String> cmndProblem(String number) {
        return cmndReason("", number).map(Reason::text);
    }

    public static Optional<Reason> cmndReason(String field, String number) {
        if (number == null || !number.matches("\\d{9}")) {
            return Optional.of(DossierReasons.CMND_LENGTH.reason("CMND must be 9 digits (got " + describe(number) + ")",
                    field, length(number), mask(number)));
        }
        return Optional.empty();
    }

    public static Optional<String> mstProblem(String number) {
        return mstReason("", number).map(Reason::text);
    }

    public static Optional<Reason> mstReason(String field, String number) {
        Matcher parts = number == null ? null : MST.matcher(number);
        if (parts == null || !parts.matches()) {
            return Optional.of(DossierReasons.MST_FORMAT.reason("MST must be 10 digits, or 10 digits, '-' and a 3-digit "
                    + "branch (got " + describe(number) + ")", field, length(number), mask(number)));
        }
        String base = parts.group(1);
        if (base.substring(2, 9).matches("0+")) {
            return Optional.of(DossierReasons.MST_ZERO.reason("MST digits 3-9 must not all be zero (" + mask(number) + ")",
                    field, mask(number)));
        }
        if (!hasValidCheckDigit(base)) {
            return Optional.of(DossierReasons.MST_CHECK_DIGIT.reason("MST check digit (10th) is wrong (" + mask(number)
                    + ")", field, mask(number)));
        }
        if ("000".equals(parts.group(2))) {
            return Optional.of(DossierReasons.MST_BRANCH.reason("MST branch suffix must not be 000 (" + mask(number) + ")",
                    field, mask(number)));
        }
        return Optional.empty();
    }

    private static int length(String number) {
        return number == null ? 0 : number.length();
    }

    private static boolean hasValidCheckDigit(String base) {
        int sum = 0;
        for (int i = 0; i < MST_WEIGHTS.length; i++) {
            sum += (base.charAt(i) - '0') * MST_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder != 0 && 10 - remainder == base.charAt(9) - '0';
    }

    private static String describe(String number) {
        if (number == null) {
            return "nothing";
        }
        String kind = number.chars().allMatch(Character::isDigit) ? "" : " characters, not all digits";
        return number.length() + kind + ": " + mask(number);
    }
}
