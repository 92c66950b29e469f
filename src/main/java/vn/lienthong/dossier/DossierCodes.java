package vn.lienthong.dossier;

/** What a dossier's code (MaHoSo) tells by itself. */
public final class DossierCodes {

    private DossierCodes() {
    }

    /** The receiving unit is the MaHoSo's prefix before the first '-' (e.g. 000.00.04.G18). */
    public static String unitCode(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
