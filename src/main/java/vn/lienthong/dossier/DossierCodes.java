package vn.lienthong.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.lienthong.platform.StorableText;

/** What a dossier's code (MaHoSo) tells by itself. */
public final class DossierCodes {

    /**
     * The longest code kept, in UTF-8 bytes: far above any real MaHoSo, and well under what one entry of a PostgreSQL
     * index holds (about 2,700 bytes), as the code is a key of sync_version, sync_ledger and failed_sync.
     */
    public static final int MAX_BYTES = 1000;

    private DossierCodes() {
    }

    /** The receiving unit is the MaHoSo's prefix before the first '-' (e.g. 000.00.04.G18). */
    public static String unitCode(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    /** Refuses a code the database cannot store or index exactly: with a NUL, a lone surrogate, or too long. */
    public static void requireStorable(String code) throws InvalidDossierException {
        int at = StorableText.firstUnstorable(code);
        if (at >= 0 && code.charAt(at) == 0) {
            throw new InvalidDossierException("code", DossierReasons.CODE_NUL,
                    "holds a NUL character (U+0000) at position " + (at + 1) + ", which the database cannot store", at + 1);
        }
        if (at >= 0) {
            String character = String.format(Locale.ROOT, "U+%04X", (int) code.charAt(at));
            throw new InvalidDossierException("code", DossierReasons.CODE_LONE_SURROGATE, "holds " + character
                    + " at position " + (at + 1) + ", half of a surrogate pair: not valid Unicode", at + 1, character);
        }
        int bytes = code.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidDossierException("code", DossierReasons.CODE_TOO_LONG, String.format(Locale.US,
                    "%,d bytes in UTF-8, the gateway keeps codes of at most %,d", bytes, MAX_BYTES), bytes, MAX_BYTES);
        }
    }
}
