package vn.lienthong.audit.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text the audit log can store and hash, whatever it was made of. Clean text is kept as it is; text holding bytes
 * that are not UTF-8, control characters (PostgreSQL refuses NUL; a terminal obeys escape sequences) or lone
 * surrogates is kept escaped after a marker: {@code \xHH} for such a byte or character, {@code \\} for a backslash,
 * so the stored text says exactly which bytes came, and the chain hashes what is stored.
 */
public final class AuditText {

    static final String ESCAPED = "[escaped] ";

    private AuditText() {
    }

    /** The first {@code length} bytes of a body, decoded as UTF-8; a sequence cut off by the limit is dropped. */
    public static String of(byte[] bytes, int length, boolean cut) {
        int end = cut ? wholeCharacters(bytes, length) : length;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, end);
        CharBuffer chars = CharBuffer.allocate(end);
        StringBuilder escaped = new StringBuilder(end + ESCAPED.length());
        boolean clean = true;
        while (true) {
            CoderResult result = utf8.decode(in, chars, true);
            clean &= escape(chars.flip(), escaped);
            chars.clear();
            if (result.isUnderflow()) {
                break;
            }
            for (int i = 0; result.isError() && i < result.length(); i++) {
                clean = false;
                escaped.append(String.format("\\x%02x", in.get() & 0xff));
            }
        }
        return clean ? new String(bytes, 0, end, StandardCharsets.UTF_8) : ESCAPED + escaped;
    }

    /** A string (path, query, user name, ...): as it is when clean, else escaped after the marker. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length() + ESCAPED.length());
        return escape(CharBuffer.wrap(text), escaped) ? text : ESCAPED + escaped;
    }

    /** At most {@code max} characters, with a visible marker when cut (never between the halves of a surrogate pair). */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "… [cut at " + max + " characters]";
    }

    /** Appends the characters escaped; true when none needed it (a backslash alone does not). */
    private static boolean escape(CharBuffer chars, StringBuilder out) {
        boolean clean = true;
        while (chars.hasRemaining()) {
            char c = chars.get();
            boolean pair = Character.isHighSurrogate(c) && chars.hasRemaining() && Character.isLowSurrogate(chars.get(chars.position()));
            if (pair) {
                out.append(c).append(chars.get());
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (unstorable(c)) {
                clean = false;
                out.append(c < 0x80 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return clean;
    }

    private static boolean unstorable(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c);
    }

    /** The length without a trailing UTF-8 sequence that the limit cut in two. */
    private static int wholeCharacters(byte[] bytes, int length) {
        int start = length;
        while (start > 0 && length - start < 3 && (bytes[start - 1] & 0xC0) == 0x80) {
            start--;
        }
        if (start == 0) {
            return length;
        }
        int lead = bytes[start - 1] & 0xff;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return length - (start - 1) < needed ? start - 1 : length;
    }
}
