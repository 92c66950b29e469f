package vn.lienthong.dvcqg;

/** The portal's answer for one item of a batch; codes are compared numerically. */
public record ItemResult(String maHoSo, int code, String message) {

    public boolean ok() {
        return code == 0;
    }

    public boolean alreadyExists() {
        return code == 3 || code == -3;
    }

    public boolean unknownDossier() {
        return code == 2;
    }
}
