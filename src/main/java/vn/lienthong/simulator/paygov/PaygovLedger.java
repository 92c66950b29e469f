package vn.lienthong.simulator.paygov;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import vn.lienthong.simulator.Utf8Order;

/** PayGov's books: every transaction by MaGiaoDich (UTF-8 order, as the listing pages them). */
final class PaygovLedger {

    private final Map<String, Transaction> transactions = new ConcurrentSkipListMap<>(Utf8Order.COMPARATOR);
    private final Set<String> paidRefs = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();

    /** A transaction id unique across days: PG, the day (yyMMdd), a sequence number. */
    String nextId(String ngay) {
        return "PG" + ngay.substring(2) + "%07d".formatted(sequence.incrementAndGet());
    }

    void put(Transaction transaction) {
        transactions.put(transaction.maGiaoDich(), transaction);
        paidRefs.add(transaction.maThamChieu());
    }

    boolean hasPayment(String maThamChieu) {
        return paidRefs.contains(maThamChieu);
    }

    Transaction get(String maGiaoDich) {
        return transactions.get(maGiaoDich);
    }

    Transaction update(String maGiaoDich, UnaryOperator<Transaction> change) {
        return transactions.computeIfPresent(maGiaoDich, (k, t) -> change.apply(t));
    }

    /** The day's transactions in MaGiaoDich order. */
    List<Transaction> day(String ngay) {
        return transactions.values().stream().filter(t -> t.ngay().equals(ngay)).toList();
    }

    void clear() {
        transactions.clear();
        paidRefs.clear();
    }
}
