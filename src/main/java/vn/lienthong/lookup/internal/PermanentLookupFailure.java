package vn.lienthong.lookup.internal;

import vn.lienthong.platform.Reason;

/** A national database refused a look-up in a way no retry changes (e.g. land's 400): kept for an operator. */
public class PermanentLookupFailure extends RuntimeException {

    private final Reason reason;

    /** The reason's English text is prefixed by the system's name. */
    public PermanentLookupFailure(String system, Reason reason) {
        super(system + ": " + reason.text());
        this.reason = reason.withText(getMessage());
    }

    public Reason reason() {
        return reason;
    }
}
