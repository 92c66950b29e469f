package vn.lienthong.sync.internal;

import vn.lienthong.platform.ReasonCode;

/** Why the portal refused a dossier or a step, or why the gateway could not read a queued record. */
public enum SyncReasons implements ReasonCode {
    RECORD_UNREADABLE("record.unreadable", "detail"),
    MESSAGE_UNREADABLE("queue.message-unreadable", "detail"),
    PORTAL_REFUSED_DOSSIER("portal.refused-dossier", "errorCode", "message"),
    PORTAL_REFUSED_STEP("portal.refused-step", "at", "errorCode", "message");

    private final Spec spec;

    SyncReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
