package vn.lienthong.payments;

import org.springframework.stereotype.Component;
import vn.lienthong.payments.internal.PaymentEvents;

/** The payments still to confirm to the province, as other modules (monitoring) count them. */
@Component
public class PaymentBacklog {

    private final PaymentEvents events;

    PaymentBacklog(PaymentEvents events) {
        this.events = events;
    }

    /** Payments stored and still to be confirmed to the province. */
    public long toRelay() {
        return events.toRelay();
    }
}
