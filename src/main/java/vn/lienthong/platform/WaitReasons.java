package vn.lienthong.platform;


/** Why a run that waits out transient faults stopped waiting. */
public enum WaitReasons implements ReasonCode {
    NO_PROGRESS("wait.no-progress", "system", "limit", "error"),
    RUN_ENDED("wait.run-ended", "system");

    private final Spec spec;

    WaitReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
