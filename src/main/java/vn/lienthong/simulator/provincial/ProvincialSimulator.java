package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.Utf8Order;
import vn.lienthong.simulator.generator.Dates;
import vn.lienthong.simulator.generator.DossierGenerator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.generator.GeneratedDossier;

/** The provincial system's dossiers, for tests in the same JVM: make them, change them, and inspect them. */
@Component
public class ProvincialSimulator {

    private final DossierBook book;
    private final PaymentBook payments;
    private final ObjectMapper mapper;
    private final SimulatorProperties.Provincial settings;
    private final long seed;
    private final List<String> keys = new ArrayList<>();
    private final List<Expectation> expectations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> confirmationsReceived = new ConcurrentHashMap<>();
    private final Map<String, Integer> confirmationsRecorded = new ConcurrentHashMap<>();
    private DossierGenerator generator;

    ProvincialSimulator(DossierBook book, PaymentBook payments, ObjectMapper mapper, SimulatorProperties properties) {
        this.book = book;
        this.payments = payments;
        this.mapper = mapper;
        this.settings = properties.provincial();
        this.seed = properties.seed();
        this.generator = newGenerator();
        generate(settings.initialDossiers());
    }

    /** Adds n new dossiers to the feed; answers their keys (the code, or the code a dirty one lacks). */
    public synchronized List<String> generate(int n) {
        return generate(n, true);
    }

    /**
     * Adds n new dossiers that the change feed never carries (a change the vendor's feed lost): only the
     * export and the single-dossier GET know them.
     */
    public synchronized List<String> generateOffFeed(int n) {
        return generate(n, false);
    }

    /**
     * Stores a dossier as it is now, off the change feed, without a generator behind it (bulk loads for
     * benchmarks): {@code json} is its newest version exactly as served.
     */
    public void load(String code, int version, String status, Instant updatedAt, byte[] json) {
        book.store(new DossierRecord(code, code, null, 0, version, status, updatedAt, json, List.of(json)));
    }

    private List<String> generate(int n, boolean onFeed) {
        ZonedDateTime now = ZonedDateTime.now(Dates.ZONE);
        List<GeneratedDossier> batch = IntStream.range(0, n).mapToObj(i -> generator.next(now))
                .sorted(Comparator.comparing(d -> Objects.requireNonNullElse(d.servedCode(), ""),
                        Utf8Order.COMPARATOR))
                .toList();
        for (GeneratedDossier dossier : batch) {
            book.publish(dossier.key(), dossier.defect(), dossier.defectSeed(), dossier.clean(), onFeed);
            keys.add(dossier.key());
            expectations.add(Expectation.of(dossier));
        }
        return batch.stream().map(GeneratedDossier::key).toList();
    }

    /**
     * Puts one item on the change feed exactly as given, a record no generator makes (a code with a NUL, a code of
     * thousands of characters): nothing else knows it, neither the dossier API, the export nor the expectations.
     * Answers the feed key it moves under; {@code json} must be one JSON object (the page stays JSON).
     */
    public synchronized String publishRaw(String json) {
        byte[] item = json.getBytes(StandardCharsets.UTF_8);
        if (!(Json.tree(mapper, item) instanceof ObjectNode)) {
            throw new IllegalArgumentException("a feed item is one JSON object");
        }
        String key = "raw-" + UUID.randomUUID();
        book.publishRaw(key, item); // as given: written again, an escaped lone surrogate would not survive
        return key;
    }

    /** Gives n distinct random dossiers (all of them when there are fewer) a new version; answers how many. */
    public synchronized int advance(int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(n, keys.size())) {
            chosen.add(keys.get(generator.nextInt(keys.size())));
        }
        ZonedDateTime now = ZonedDateTime.now(Dates.ZONE);
        chosen.stream().map(book::get)
                .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.code(), ""), Utf8Order.COMPARATOR))
                .forEach(record -> {
                    ObjectNode clean = Json.object(mapper, record.clean());
                    generator.advance(clean, now);
                    book.publish(record.key(), record.defect(), record.defectSeed(), clean);
                });
        return chosen.size();
    }

    /** Gives one dossier a new version on the feed; answers the version, or -1 for an unknown key. */
    public synchronized int advance(String key) {
        return advance(key, true);
    }

    /**
     * Gives one dossier a new version that the change feed does not carry (its next version replaces it there);
     * answers the version, or -1 for an unknown key. {@link #versions} has it, to serve late with {@link #publishRaw}.
     */
    public synchronized int advanceOffFeed(String key) {
        return advance(key, false);
    }

    private int advance(String key, boolean onFeed) {
        DossierRecord record = book.get(key);
        if (record == null) {
            return -1;
        }
        ObjectNode clean = Json.object(mapper, record.clean());
        generator.advance(clean, ZonedDateTime.now(Dates.ZONE));
        return book.publish(record.key(), record.defect(), record.defectSeed(), clean, onFeed).version();
    }

    /**
     * The province corrects a dossier: a new version of its clean state, without the defect it was served with
     * (as an operator's fix at the province would); answers the new version, or -1 for an unknown key.
     */
    public synchronized int fix(String key) {
        DossierRecord record = book.get(key);
        if (record == null) {
            return -1;
        }
        return book.publish(record.key(), null, 0, Json.object(mapper, record.clean())).version();
    }

    /**
     * The province corrects a fee's amount (a new version of its dossier), e.g. after a payment for a different
     * amount was refused; answers the new version, or -1 for an unknown payment.
     */
    public synchronized int correctFee(String paymentRef, long amount) {
        Payment payment = payments.find(paymentRef);
        DossierRecord record = payment == null ? null : book.get(payment.dossierKey());
        if (record == null) {
            return -1;
        }
        ObjectNode clean = Json.object(mapper, record.clean());
        clean.path("fees").forEach(fee -> {
            if (paymentRef.equals(fee.get("paymentRef").asText())) {
                ((ObjectNode) fee).put("amount", amount);
            }
        });
        return book.publish(record.key(), record.defect(), record.defectSeed(), clean).version();
    }

    /** The newest version of a dossier exactly as served, or null when unknown. */
    public String newest(String key) {
        DossierRecord record = book.get(key);
        return record == null ? null : new String(record.served(), StandardCharsets.UTF_8);
    }

    /** Every version of a dossier ever served, oldest first. */
    public List<String> versions(String key) {
        DossierRecord record = book.get(key);
        return record == null ? List.of()
                : record.versions().stream().map(v -> new String(v, StandardCharsets.UTF_8)).toList();
    }

    /** The codes the feed carries, in UTF-8 byte order (dossiers served without a code are left out). */
    public List<String> codes() {
        return book.all().stream().map(DossierRecord::code).filter(Objects::nonNull)
                .sorted(Utf8Order.COMPARATOR).toList();
    }

    /** The verification write-backs recorded for a dossier, in arrival order. */
    public List<JsonNode> verifications(String code) {
        return book.verifications(code);
    }

    public List<Expectation> expectations() {
        synchronized (expectations) {
            return List.copyOf(expectations);
        }
    }

    /** Forgets every dossier and payment and restarts the generator from the seed; feed cursors stay valid. */
    public synchronized void reset() {
        book.clear();
        keys.clear();
        confirmationsReceived.clear();
        confirmationsRecorded.clear();
        expectations.clear();
        generator = newGenerator();
    }

    /** Every unpaid fee of a dossier served with a code, in paymentRef order (what PayGov can be paid for). */
    public List<Payment> unpaidPayments() {
        return payments.unpaid();
    }

    /** A fee's payment as the payments feed shows it now, or null when unknown. */
    public Payment payment(String paymentRef) {
        return payments.find(paymentRef);
    }

    /** How many payment confirmations arrived for the payment, and how many of them marked it paid. */
    public int confirmationsReceived(String paymentRef) {
        return confirmationsReceived.getOrDefault(paymentRef, 0);
    }

    public int confirmationsRecorded(String paymentRef) {
        return confirmationsRecorded.getOrDefault(paymentRef, 0);
    }

    /** Marks a fee paid, which makes a new version of its dossier; repeating it changes nothing. */
    public synchronized PaymentConfirmation confirmPayment(String paymentRef, String transactionId, long amount,
                                                           OffsetDateTime paidAt) {
        PaymentConfirmation outcome = confirm(paymentRef, transactionId, amount, paidAt);
        confirmationsReceived.merge(paymentRef, 1, Integer::sum);
        if (outcome == PaymentConfirmation.RECORDED) {
            confirmationsRecorded.merge(paymentRef, 1, Integer::sum);
        }
        return outcome;
    }

    private PaymentConfirmation confirm(String paymentRef, String transactionId, long amount, OffsetDateTime paidAt) {
        Payment payment = payments.find(paymentRef);
        if (payment == null) {
            return PaymentConfirmation.UNKNOWN_PAYMENT;
        }
        if (payment.amount() != amount) {
            return PaymentConfirmation.AMOUNT_MISMATCH;
        }
        if ("paid".equals(payment.status())) {
            return PaymentConfirmation.DUPLICATE;
        }
        DossierRecord record = book.get(payment.dossierKey());
        ObjectNode clean = Json.object(mapper, record.clean());
        clean.path("fees").forEach(fee -> {
            if (paymentRef.equals(fee.get("paymentRef").asText())) {
                ((ObjectNode) fee).put("paymentStatus", "paid").put("transactionId", transactionId)
                        .put("paidAt", Dates.format(paidAt.toZonedDateTime()));
            }
        });
        book.publish(record.key(), record.defect(), record.defectSeed(), clean);
        return PaymentConfirmation.RECORDED;
    }

    private DossierGenerator newGenerator() {
        return new DossierGenerator(seed, settings.dirtyRate(), settings.provinceSuffix());
    }
}
