package vn.lienthong.lookup;

/** A national database refused a look-up in a way no retry changes (e.g. land's 400): kept for an operator. */
public class PermanentLookupFailure extends RuntimeException {

    public PermanentLookupFailure(String system, String reason) {
        super(system + ": " + reason);
    }
}
