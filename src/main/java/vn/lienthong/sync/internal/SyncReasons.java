package vn.lienthong.sync.internal;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/** Why the portal refused a dossier or a step, or why the gateway could not read a queued record. */
public enum SyncReasons implements ReasonCode {
    RECORD_UNREADABLE("record.unreadable", "detail"),
    MESSAGE_UNREADABLE("queue.message-unreadable", "detail"),
    PORTAL_REFUSED_DOSSIER("portal.refused-dossier", "errorCode", "message"),
    PORTAL_REFUSED_STEP("portal.refused-step", "at", "errorCode", "message");

    private final String code;
    private final List<String> params;

    SyncReasons(String code, String... params) {
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
