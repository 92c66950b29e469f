package vn.lienthong.dossier.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as the gateway keeps it: NFC, trimmed, single spaces; tone-mark position as received. */
public final class VietnameseText {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private VietnameseText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITE_SPACE.matcher(composed).replaceAll(" ").strip();
    }

    /** Length as a reader counts it: one per character, so a decomposed mark never counts twice. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
