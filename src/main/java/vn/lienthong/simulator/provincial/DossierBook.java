package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.SortedPages;
import vn.lienthong.simulator.Utf8Order;
import vn.lienthong.simulator.generator.Dates;
import vn.lienthong.simulator.generator.Defect;

/**
 * Every dossier's versions and the change feed they are served on, with the vendor's two feed misbehaviours:
 * a version delivered twice, and the previous version delivered again after the new one.
 */
@Component
class DossierBook {

    private final Map<String, DossierRecord> records = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, DossierRecord> byCode = new ConcurrentSkipListMap<>(Utf8Order.COMPARATOR);
    private final SortedPages<DossierRecord> exportPages = new SortedPages<>();
    private final Map<String, List<JsonNode>> verifications = new ConcurrentHashMap<>();
    private final ChangeFeed feed = new ChangeFeed();
    private final FeedClock clock = new FeedClock();
    private final ObjectMapper mapper;
    private final PaymentBook payments;
    private final Random misbehaviour;
    private final double duplicateRate;
    private final double outOfOrderRate;
    private final ApplicantDirectory applicants;

    DossierBook(ObjectMapper mapper, PaymentBook payments, SimulatorProperties properties, ApplicantDirectory applicants) {
        this.applicants = applicants;
        this.mapper = mapper;
        this.payments = payments;
        this.misbehaviour = new Random(properties.seed() + 1);
        this.duplicateRate = properties.provincial().feedDuplicateRate();
        this.outOfOrderRate = properties.provincial().feedOutOfOrderRate();
    }

    /** Serves the next version of a dossier from its clean state; called under the simulator's lock. */
    DossierRecord publish(String key, Defect defect, long defectSeed, ObjectNode clean) {
        return publish(key, defect, defectSeed, clean, true);
    }

    /** As {@link #publish}, but the change feed never carries it when {@code onFeed} is false (a lost change). */
    DossierRecord publish(String key, Defect defect, long defectSeed, ObjectNode clean, boolean onFeed) {
        DossierRecord previous = records.get(key);
        ObjectNode served = clean.deepCopy();
        if (defect != null) {
            defect.applyTo(served, defectSeed);
        }
        String code = served.path("code").textValue();
        Instant at = clock.next(code == null ? "" : code);
        int version = previous == null ? 1 : previous.version() + 1;
        for (ObjectNode node : List.of(clean, served)) {
            node.put("version", version).put("updatedAt", Dates.formatMillis(at));
        }
        byte[] json = Json.bytes(mapper, served);
        List<byte[]> versions = new ArrayList<>(previous == null ? List.of() : previous.versions());
        versions.add(json);
        DossierRecord record = new DossierRecord(key, code, defect, defectSeed, version,
                served.path("status").textValue(), at, Json.bytes(mapper, clean), List.copyOf(versions));
        store(record);
        if (!onFeed) {
            payments.sync(key, code, clean);
            return record;
        }
        feed.publish(key, json);
        if (misbehaviour.nextDouble() < duplicateRate) {
            feed.replay(key, json);
        }
        if (previous != null && misbehaviour.nextDouble() < outOfOrderRate) {
            feed.replay(key, previous.served());
        }
        payments.sync(key, code, clean);
        applicants.index(clean);
        return record;
    }

    /** Puts an item on the change feed as it is, with no dossier behind it (a record no generator makes). */
    void publishRaw(String key, byte[] item) {
        feed.publish(key, item);
    }

    /** Stores a record as the newest state of its dossier, off the change feed (bulk loads). */
    void store(DossierRecord record) {
        records.put(record.key(), record);
        if (record.code() != null) {
            byCode.put(record.code(), record);
        }
    }

    DossierRecord get(String key) {
        return records.get(key);
    }

    /** The dossier the feed knows by this code; none for a dossier served without one. */
    DossierRecord byCode(String code) {
        DossierRecord record = records.get(code);
        return record == null || record.code() == null ? null : record;
    }

    /** Records a verification result beside the dossier, once however often it is sent. */
    void recordVerification(String code, JsonNode verification) {
        verifications.compute(code, (k, list) -> {
            List<JsonNode> updated = list == null ? new ArrayList<>() : list;
            if (!updated.contains(verification)) {
                updated.add(verification);
            }
            return updated;
        });
    }

    List<JsonNode> verifications(String code) {
        List<JsonNode> recorded = verifications.get(code);
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    Collection<DossierRecord> all() {
        return records.values();
    }

    ChangeFeed.Page changes(String cursor, int limit) {
        return feed.read(cursor, limit);
    }

    Map<String, Object> export(OffsetDateTime updatedFrom, OffsetDateTime updatedTo, int page, int size) {
        Window window = new Window(updatedFrom.toInstant(), updatedTo.toInstant());
        SortedPages.Slice<DossierRecord> slice = exportPages.page(window, page, size,
                after -> (after == null ? byCode : byCode.tailMap(after, false)).values().stream().filter(window::holds),
                DossierRecord::code);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", slice.items().stream().map(DossierBook::exportItem).toList());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("totalItems", slice.total());
        return answer;
    }

    /** updatedFrom inclusive, updatedTo exclusive. */
    private record Window(Instant from, Instant to) {
        boolean holds(DossierRecord r) {
            return !r.updatedAt().isBefore(from) && r.updatedAt().isBefore(to);
        }
    }

    void clear() {
        records.clear();
        byCode.clear();
        verifications.clear();
        feed.clear();
        payments.clear();
        applicants.clear();
    }

    /** One line of the export (a record: serialised far faster than a map). */
    record ExportItem(String code, int version, String status, String updatedAt) {
    }

    private static ExportItem exportItem(DossierRecord record) {
        return new ExportItem(record.code(), record.version(), record.status(), Dates.formatMillis(record.updatedAt()));
    }
}
