package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.Utf8Order;
import vn.lienthong.simulator.generator.Dates;

/** The payments of every dossier's fees, their change feed and their export. */
@Component
class PaymentBook {

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final ChangeFeed feed = new ChangeFeed();
    private final FeedClock clock = new FeedClock();
    private final ObjectMapper mapper;

    PaymentBook(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Publishes each payment of the dossier that is new or changed; called under the simulator's lock. */
    void sync(String dossierKey, String dossierCode, ObjectNode clean) {
        for (JsonNode fee : clean.path("fees")) {
            Payment payment = new Payment(dossierCode, fee.get("paymentRef").asText(), fee.get("amount").asLong(),
                    fee.get("paymentStatus").asText(), fee.get("transactionId").textValue(),
                    fee.get("paidAt").textValue(), null, dossierKey);
            if (!payment.samePaymentAs(payments.get(payment.paymentRef()))) {
                Payment stamped = payment.stamped(Dates.formatMillis(clock.next(payment.paymentRef())));
                payments.put(stamped.paymentRef(), stamped);
                feed.publish(stamped.paymentRef(), Json.bytes(mapper, stamped));
            }
        }
    }

    Payment find(String paymentRef) {
        return payments.get(paymentRef);
    }

    /** Unpaid fees of dossiers served with a code, in paymentRef order. */
    List<Payment> unpaid() {
        return payments.values().stream().filter(p -> "unpaid".equals(p.status()) && p.dossierCode() != null)
                .sorted(Comparator.comparing(Payment::paymentRef, Utf8Order.COMPARATOR)).toList();
    }

    ChangeFeed.Page changes(String cursor, int limit) {
        return feed.read(cursor, limit);
    }

    Map<String, Object> export(OffsetDateTime paidFrom, OffsetDateTime paidTo, int page, int size) {
        return Pages.page(payments.values().stream().filter(p -> p.paidWithin(paidFrom, paidTo))
                .sorted(Comparator.comparing(Payment::paymentRef, Utf8Order.COMPARATOR)).toList(), page, size);
    }

    void clear() {
        payments.clear();
        feed.clear();
    }
}
