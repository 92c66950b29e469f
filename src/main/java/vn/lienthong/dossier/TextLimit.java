package vn.lienthong.dossier;

import java.util.Locale;
import vn.lienthong.dossier.internal.VietnameseText;

/** Rejects text longer than a target system allows; the gateway never truncates. */
public final class TextLimit {

    private TextLimit() {
    }

    public static void requireAtMost(String field, String text, int max, String limitOwner)
            throws InvalidDossierException {
        int length = VietnameseText.length(text);
        if (length > max) {
            throw new InvalidDossierException(field, DossierReasons.TOO_LONG, String.format(Locale.US,
                    "%,d characters, %s allows at most %,d", length, limitOwner, max), length, max);
        }
    }
}
