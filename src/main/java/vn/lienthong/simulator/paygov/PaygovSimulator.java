package vn.lienthong.simulator.paygov;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The simulated PayGov: takes payments for generated dossiers' unpaid fees, notifies the gateway (losing
 * and duplicating a share of the notifications), serves the listing, and produces each reconciliation
 * discrepancy on demand. The Java API is for tests in the same JVM; PaygovAdminController serves it over HTTP.
 */
@Component
public class PaygovSimulator implements AutoCloseable {

    static final DateTimeFormatter PAYGOV_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final DateTimeFormatter NGAY = DateTimeFormatter.BASIC_ISO_DATE;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProvincialSimulator province;
    private final PaygovSimulatorProperties settings;
    private final PaygovLedger ledger = new PaygovLedger();
    private final PaygovNotifier notifier;
    private final PaygovSigner signer;
    private final Random random;

    PaygovSimulator(ProvincialSimulator province, PaygovSimulatorProperties settings, ObjectMapper json) {
        this.province = province;
        this.settings = settings;
        this.signer = new PaygovSigner(settings.secret());
        this.notifier = new PaygovNotifier(json, settings);
        this.random = new Random(settings.seed());
    }

    /** Fees unpaid at the province that nobody has paid at PayGov either. */
    public List<Payment> unpaidFees() {
        return province.unpaidPayments().stream().filter(p -> !ledger.hasPayment(p.paymentRef())).toList();
    }

    /** A citizen pays an unpaid fee at the given time; nobody is notified yet. */
    public Transaction pay(Payment fee, LocalDateTime at) {
        return pay(fee, at, fee.amount(), Transaction.SUCCESS);
    }

    /** A payment of another amount, or in another status (pending, failed), as PayGov's books may hold it. */
    public synchronized Transaction pay(Payment fee, LocalDateTime at, long amount, String status) {
        String time = PAYGOV_TIME.format(at);
        Transaction transaction = new Transaction(ledger.nextId(time.substring(0, 8)), fee.paymentRef(), fee.dossierCode(),
                Long.toString(amount), status, time, false);
        ledger.put(transaction);
        return transaction;
    }

    /** The transaction moves to another status (pending to success, success to refunded). */
    public Transaction changeStatus(String maGiaoDich, String status) {
        return ledger.update(maGiaoDich, t -> t.withStatus(status));
    }

    /** The notification PayGov sends for the transaction's current status, signed. */
    public Map<String, Object> notification(String maGiaoDich) {
        return ledger.get(maGiaoDich).notification(signer, settings.partnerCode());
    }

    /** Sends the notification of the transaction's current status (resent until answered 00). */
    public void notifyGateway(String maGiaoDich) {
        notifier.send(notification(maGiaoDich));
    }

    /** How many times the notification of this transaction and status was sent, resends included. */
    public int notificationsSent(String maGiaoDich, String trangThai) {
        return notifier.sent(maGiaoDich, trangThai);
    }

    /**
     * A day of {@code n} payments of unpaid fees, spread over the day: the lost share is never notified,
     * the duplicate share is notified twice, the rest once.
     */
    public PaygovDay simulateDay(LocalDate day, int n) {
        return simulateDay(day, n, true);
    }

    /**
     * The same day; with {@code notify} false the province learns of the payments that were not lost straight
     * away instead of through the gateway (a benchmark of reconciliation alone sets up a large day this way).
     */
    public synchronized PaygovDay simulateDay(LocalDate day, int n, boolean notify) {
        List<Payment> unpaid = unpaidFees();
        if (unpaid.size() < n) {
            throw new IllegalStateException("only " + unpaid.size() + " unpaid fees for " + n + " payments");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int[] rankOf = new int[n];
        for (int rank = 0; rank < n; rank++) {
            rankOf[order.get(rank)] = rank;
        }
        int lost = (int) Math.round(n * settings.lostShare());
        int duplicated = (int) Math.round(n * settings.duplicateShare());
        PaygovDay result = new PaygovDay(day);
        // office hours (07:00-19:00) while they hold one payment a second or less, else the whole day
        boolean officeHours = n <= 12 * 3600;
        LocalDateTime opening = officeHours ? day.atTime(7, 0) : day.atStartOfDay();
        long window = officeHours ? 12 * 3600L : 24 * 3600L;
        for (int i = 0; i < n; i++) {
            Transaction transaction = pay(unpaid.get(i), opening.plusSeconds(i * window / n));
            int rank = rankOf[i];
            result.add(transaction, rank < lost ? 0 : rank < lost + duplicated ? 2 : 1);
        }
        for (Transaction t : result.notified()) {
            if (!notify) {
                province.confirmPayment(t.maThamChieu(), t.maGiaoDich(), Long.parseLong(t.soTien()),
                        LocalDateTime.parse(t.thoiGianGD(), PAYGOV_TIME).atZone(ZONE).toOffsetDateTime());
            }
            for (int copy = 0; notify && copy < result.copies(t.maGiaoDich()); copy++) {
                notifyGateway(t.maGiaoDich());
            }
        }
        return result;
    }

    /** A discrepancy of the given kind on the day; answers the payment reference concerned. */
    public synchronized String discrepancy(Discrepancy kind, LocalDate day) {
        return kind.produce(this, day);
    }

    // the discrepancies, each on a payment of its own

    String amountDiffers(LocalDate day) {
        Transaction paid = confirmedAtProvince(day);
        ledger.update(paid.maGiaoDich(), t -> t.withAmount(Long.toString(Long.parseLong(t.soTien()) + 1000)));
        return paid.maThamChieu();
    }

    String refund(LocalDate day) {
        Transaction paid = confirmedAtProvince(day);
        ledger.update(paid.maGiaoDich(), t -> t.withStatus(Transaction.REFUNDED));
        notifyGateway(paid.maGiaoDich());
        return paid.maThamChieu();
    }

    String tamperedRow(LocalDate day) {
        Transaction paid = pay(unpaidFees().get(0), day.atTime(20, 15));
        ledger.update(paid.maGiaoDich(), Transaction::withBadChecksum);
        return paid.maThamChieu();
    }

    String paidWithoutPaygov(LocalDate day) {
        Payment fee = unpaidFees().get(0);
        province.confirmPayment(fee.paymentRef(), "PGX" + ledger.nextId(NGAY.format(day)).substring(2), fee.amount(),
                day.atTime(21, 5).atZone(ZONE).toOffsetDateTime());
        return fee.paymentRef();
    }

    /** One page (from 1) of the day's listing, rows signed (a tampered row with a wrong checksum). */
    Map<String, Object> listing(String ngay, int page, int size) {
        List<Transaction> day = ledger.day(ngay);
        int from = (int) Math.min((long) (page - 1) * size, day.size());
        int to = Math.min(from + size, day.size());
        return Map.of("MaLoi", "00", "TongSoBanGhi", day.size(), "Trang", page,
                "DanhSach", day.subList(from, to).stream().map(t -> t.listingRow(signer)).toList());
    }

    boolean verifies(String mac, String... fields) {
        return mac != null && signer.sign(fields).equals(mac);
    }

    String partnerCode() {
        return settings.partnerCode();
    }

    public Transaction transaction(String maGiaoDich) {
        return ledger.get(maGiaoDich);
    }

    public synchronized void reset() {
        ledger.clear();
        notifier.clear();
    }

    private Transaction confirmedAtProvince(LocalDate day) {
        return ledger.day(NGAY.format(day)).stream()
                .filter(t -> Transaction.SUCCESS.equals(t.trangThai()) && !t.tampered())
                .filter(t -> {
                    Payment payment = province.payment(t.maThamChieu());
                    return payment != null && "paid".equals(payment.status()) && t.maGiaoDich().equals(payment.transactionId())
                            && Long.toString(payment.amount()).equals(t.soTien());
                })
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("no payment of " + day + " confirmed at the province yet"));
    }

    @Override
    public void close() {
        notifier.close();
    }
}
