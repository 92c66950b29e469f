package vn.lienthong.reconcile.internal;

import vn.lienthong.platform.GaveUp;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.ReasonCode;

/** Why a reconciliation run failed: it waited too long without progress, or met an error no waiting fixes. */
enum RunReasons implements ReasonCode {
    PERMANENT("reconcile.run-permanent", "error");

    private final Spec spec;

    RunReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The English text stays "Class: message", as runs have always said it. */
    static Reason of(RuntimeException e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return e instanceof GaveUp gaveUp ? gaveUp.reason().withText(text) : PERMANENT.reason(text, text);
    }
}
