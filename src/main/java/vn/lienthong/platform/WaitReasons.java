package vn.lienthong.platform;

import java.util.List;

/** Why a run that waits out transient faults stopped waiting. */
public enum WaitReasons implements ReasonCode {
    NO_PROGRESS("wait.no-progress", "system", "limit", "error"),
    RUN_ENDED("wait.run-ended", "system");

    private final String code;
    private final List<String> params;

    WaitReasons(String code, String... params) {
        this.code = code;
        this.params = List.of(params);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> params() {
        return params;
    }
}
