package vn.lienthong.simulator.paygov;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a simulated day did: every payment, and how many notifications each got (0 = lost, 2 = duplicated). */
public final class PaygovDay {

    private final LocalDate day;
    private final List<Transaction> transactions = new ArrayList<>();
    private final Map<String, Integer> copies = new HashMap<>();

    PaygovDay(LocalDate day) {
        this.day = day;
    }

    void add(Transaction transaction, int notifications) {
        transactions.add(transaction);
        copies.put(transaction.maGiaoDich(), notifications);
    }

    public LocalDate day() {
        return day;
    }

    public List<Transaction> transactions() {
        return List.copyOf(transactions);
    }

    public int copies(String maGiaoDich) {
        return copies.getOrDefault(maGiaoDich, 0);
    }

    /** Payments whose notification was lost. */
    public List<Transaction> lost() {
        return transactions.stream().filter(t -> copies(t.maGiaoDich()) == 0).toList();
    }

    public List<Transaction> notified() {
        return transactions.stream().filter(t -> copies(t.maGiaoDich()) > 0).toList();
    }

    public List<Transaction> duplicated() {
        return transactions.stream().filter(t -> copies(t.maGiaoDich()) > 1).toList();
    }

    public Map<String, Object> summary() {
        return Map.of("day", day.toString(), "payments", transactions.size(), "lost", lost().size(),
                "duplicated", duplicated().size(),
                "lostPaymentRefs", lost().stream().map(Transaction::maThamChieu).toList());
    }
}
