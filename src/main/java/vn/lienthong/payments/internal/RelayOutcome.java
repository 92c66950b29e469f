package vn.lienthong.payments.internal;

import vn.lienthong.platform.Reason;

/** How one attempt to confirm a payment to the province ended. */
public record RelayOutcome(PaymentEvent event, Kind kind, String reasonClass, Reason reason) {

    public enum Kind { RELAYED, DUPLICATE, REFUSED, RETRY }

    static RelayOutcome relayed(PaymentEvent event, boolean duplicate) {
        return new RelayOutcome(event, duplicate ? Kind.DUPLICATE : Kind.RELAYED, null, null);
    }

    static RelayOutcome refused(PaymentEvent event, String reasonClass, Reason reason) {
        return new RelayOutcome(event, Kind.REFUSED, reasonClass, reason);
    }

    static RelayOutcome retry(PaymentEvent event, String reason) {
        return new RelayOutcome(event, Kind.RETRY, "transient", Reason.uncoded(reason));
    }
}
