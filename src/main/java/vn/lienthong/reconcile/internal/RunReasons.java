package vn.lienthong.reconcile.internal;

import vn.lienthong.platform.CodedCauses;
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

    /**
     * The English text stays "Class: message", as runs have always said it; a run that gave up, or a system that
     * refused our configuration, says so with its own code, so the console can say it in either language.
     */
    static Reason of(RuntimeException e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return CodedCauses.of(e, text).orElseGet(() -> PERMANENT.reason(text, text));
    }
}
