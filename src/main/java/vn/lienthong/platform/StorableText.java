package vn.lienthong.platform;

/**
 * Text PostgreSQL can store whatever a source sent: it refuses a NUL in text, and the driver turns a lone surrogate
 * into '?'. Clean text is kept as it is; other text is kept escaped after a marker ({@code \u0000} for such a
 * character, {@code \\} for a backslash), so an operator sees exactly what came. Long text can be cut with a marker.
 */
public final class StorableText {

    public static final String ESCAPED = "[escaped] ";

    private StorableText() {
    }

    public static String of(String text) {
        if (text == null || clean(text)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(ESCAPED);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c == 0 || loneSurrogateAt(text, i)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
                if (Character.isHighSurrogate(c)) {
                    escaped.append(text.charAt(++i));
                }
            }
        }
        return escaped.toString();
    }

    /** At most {@code max} characters and a marker saying how long it was (never between the halves of a pair). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…[cut: " + text.length() + " characters]";
    }

    /** True when PostgreSQL stores the text exactly: no NUL, no lone surrogate. */
    public static boolean clean(String text) {
        return firstUnstorable(text) < 0;
    }

    /** The index of the first character PostgreSQL cannot store exactly, or -1. */
    public static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == 0 || loneSurrogateAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean loneSurrogateAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
