package vn.lienthong.reconcile.internal;

import java.util.Comparator;

/** "Sorted by code" on every system: ascending UTF-8 bytes, i.e. code points (PostgreSQL {@code COLLATE "C"}). */
public final class CodeOrder {

    static final Comparator<String> COMPARATOR = CodeOrder::compare;

    private CodeOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The receiving unit of a dossier code: its prefix before the first '-' (e.g. 000.00.04.G18). */
    public static String unitOf(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
