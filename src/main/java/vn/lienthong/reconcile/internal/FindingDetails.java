package vn.lienthong.reconcile.internal;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/** What the one-by-one confirmation of a dossier seen on one side only found out, as a finding's detail. */
enum FindingDetails implements ReasonCode {
    NOT_AT_PORTAL("reconcile.not-at-portal", "TraCuuHoSo: not found"),
    FOUND_AT_PORTAL("reconcile.found-at-portal", "outside the portal's listing; TraCuuHoSo found it"),
    NOT_AT_PROVINCE("reconcile.not-at-province", "the province answered 404 for this code"),
    FOUND_AT_PROVINCE("reconcile.found-at-province", "outside the provincial export; the province has it");

    private final Spec spec;
    private final String english;

    FindingDetails(String code, String english) {
        this.spec = Spec.of(code);
        this.english = english;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    vn.lienthong.platform.Reason reason() {
        return reason(english);
    }
}
