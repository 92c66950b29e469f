package vn.lienthong.sync.internal;

import vn.lienthong.platform.Reason;
import vn.lienthong.sync.QueuedDossier;

/** A record no retry will fix, with the stage where it failed and a reason a person understands. */
public record Rejection(QueuedDossier source, String stage, String reasonClass, Reason reason, String procedureCode) {

    /** Taking a message off the queue: it was not a dossier version the gateway can read. */
    public static final String STAGE_READ = "read";
    public static final String STAGE_VALIDATE = "validate";
    public static final String STAGE_PUSH = "push";
    public static final String STAGE_PROGRESS = "progress";
    public static final String INVALID_RECORD = "invalid-record";
    public static final String UNREADABLE_MESSAGE = "unreadable-message";
    public static final String PORTAL_REJECTED = "portal-rejected";
}
