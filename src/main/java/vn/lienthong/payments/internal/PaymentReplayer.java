package vn.lienthong.payments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.ops.FlowReplayer;
import vn.lienthong.ops.ReplayPlan;
import vn.lienthong.ops.ReplayReasons;
import vn.lienthong.ops.Resend;

/**
 * Replays refused payment confirmations (flow {@value PaymentRelay#FLOW}): the stored payment goes back to
 * 'pending' and due in payment_event, in the replay's transaction, so the relay route confirms it again under
 * the province's circuit breaker. Confirmed, the failure is resolved; refused again, it counts an attempt (and
 * the loop guard applies). The resend key is the failure's record key, {@code <transaction>:1}.
 */
@Component
public class PaymentReplayer implements FlowReplayer {

    private final PaymentEvents events;

    public PaymentReplayer(PaymentEvents events) {
        this.events = events;
    }

    @Override
    public String flow() {
        return PaymentRelay.FLOW;
    }

    @Override
    public List<ReplayPlan> plan(List<FailedRecord> failures) {
        Map<String, String> states = events.relayStates(failures.stream().map(f -> transactionId(f.recordKey())).toList());
        List<ReplayPlan> plans = new ArrayList<>(failures.size());
        for (FailedRecord failure : failures) {
            String state = states.get(transactionId(failure.recordKey()));
            if (state == null) {
                plans.add(ReplayPlan.skip(failure, "resend", ReplayReasons.PAYMENT_MISSING.reason(
                        "no stored payment for transaction " + failure.recordKey(), failure.recordKey())));
            } else if ("relayed".equals(state)) {
                plans.add(ReplayPlan.skip(failure, "resend",
                        ReplayReasons.PAYMENT_RELAYED.reason("the province has this payment already")));
            } else {
                plans.add(new ReplayPlan(failure, "resend", ReplayPlan.Action.RESEND, failure.recordKey(),
                        failure.record(), ReplayReasons.PAYMENT_DUE.reason("the stored payment is due for the relay again")));
            }
        }
        return plans;
    }

    @Override
    public void prepare(List<Resend> resends) {
        events.relayAgain(resends.stream().map(r -> transactionId(r.key())).toList());
    }

    /** Nothing to send: prepare made the payments due, and the relay route takes them once this commits. */
    @Override
    public void send(List<Resend> resends) {
    }

    private static String transactionId(String recordKey) {
        int colon = recordKey.lastIndexOf(':');
        return colon < 0 ? recordKey : recordKey.substring(0, colon);
    }
}
