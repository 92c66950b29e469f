package vn.lienthong.lookup.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name comparison of the national look-up contracts: NFC, diacritics removed (so the tone-mark position
 * of "Hoá"/"Hóa" no longer matters), đ to d, letters only, upper case.
 */
public final class NameMatch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private NameMatch() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).replace('đ', 'd').replace('Đ', 'D');
        String bare = MARKS.matcher(Normalizer.normalize(composed, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(bare).replaceAll("").toUpperCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
