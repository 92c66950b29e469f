package vn.lienthong.reconcile.internal;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/** What the one-by-one confirmation of a dossier seen on one side only found out, as a finding's detail. */
enum FindingDetails implements ReasonCode {
    NOT_AT_PORTAL("reconcile.not-at-portal", "TraCuuHoSo: not found"),
    FOUND_AT_PORTAL("reconcile.found-at-portal", "outside the portal's listing; TraCuuHoSo found it"),
    NOT_AT_PROVINCE("reconcile.not-at-province", "the province answered 404 for this code"),
    FOUND_AT_PROVINCE("reconcile.found-at-province", "outside the provincial export; the province has it");

    private final String code;
    private final String english;

    FindingDetails(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> params() {
        return List.of();
    }

    vn.lienthong.platform.Reason reason() {
        return reason(english);
    }
}
