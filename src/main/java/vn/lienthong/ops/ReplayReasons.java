package vn.lienthong.ops;

import java.util.Map;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.ReasonCode;

/**
 * What a replay did with a failure ({@code reason.replay.*}): the outcome, with its detail as a nested reason
 * (said in the reader's language too), and the details the flows' replayers give.
 */
public enum ReplayReasons implements ReasonCode {
    QUEUED("replay.queued", "detail"),
    QUEUED_NEWER_VERSION("replay.queued-newer-version", "detail"),
    NEWER_VERSION_KNOWN("replay.newer-version-known", "detail"),
    SKIPPED("replay.skipped", "detail"),
    NO_REPLAYER("replay.no-replayer", "flow"),
    ALREADY_RESOLVED("replay.already-resolved"),
    RECORD_ERASED("replay.record-erased"),
    UNREADABLE_MESSAGE("replay.unreadable-message"),
    REFUSED_STEP("replay.refused-step"),
    REREAD_REFUSED("replay.reread-refused", "error"),
    GONE_AT_SOURCE("replay.gone-at-source", "code"),
    OLDER_AT_SOURCE("replay.older-at-source"),
    REREAD_SAME_VERSION("replay.reread-same-version", "version"),
    NEWER_PULLED("replay.newer-pulled", "version"),
    NEWER_QUEUED("replay.newer-queued", "version"),
    STORED_RESENT("replay.stored-resent"),
    LOOKUP_UNREADABLE("replay.lookup-unreadable"),
    LOOKUP_DUE("replay.lookup-due", "system"),
    PAYMENT_MISSING("replay.payment-missing", "transaction"),
    PAYMENT_RELAYED("replay.payment-relayed"),
    PAYMENT_DUE("replay.payment-due");

    private final Spec spec;

    ReplayReasons(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** A reason as another reason's argument ({code, args, text}), as the console and the CLI say nested reasons. */
    public static Map<String, Object> nested(Reason reason) {
        return reason.asArgument();
    }
}
