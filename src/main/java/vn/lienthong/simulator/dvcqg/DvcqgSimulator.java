package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.Utf8Order;
import vn.lienthong.simulator.generator.Dates;

/**
 * The portal's store of HoSo and handling steps, and the test API over it: what is stored, how often each
 * dossier was created, the hash of every accepted state, and tampering helpers for reconciliation tests.
 */
@Component
public class DvcqgSimulator {

    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Map<String, PortalDossier> dossiers = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<String> index = new ConcurrentSkipListSet<>(Utf8Order.COMPARATOR);
    private final Map<String, NavigableMap<String, String>> steps = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    DvcqgSimulator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Creates a dossier: 0, or {@link PortalAnswers#EXISTS} when it already exists. */
    int create(JsonNode hoSo) {
        return accept(hoSo, true);
    }

    /** Updates a dossier: 0 (an identical update changes nothing), or {@link PortalAnswers#NOT_FOUND}. */
    int update(JsonNode hoSo) {
        return accept(hoSo, false);
    }

    private int accept(JsonNode hoSo, boolean create) {
        CanonicalJson content = CanonicalJson.of(mapper, hoSo);
        String maHoSo = hoSo.get("MaHoSo").asText();
        String now = PORTAL_TIME.format(ZonedDateTime.now(Dates.ZONE));
        int[] code = {PortalAnswers.OK};
        dossiers.compute(maHoSo, (key, existing) -> {
            if (create ? existing != null : existing == null) {
                code[0] = create ? PortalAnswers.EXISTS : PortalAnswers.NOT_FOUND;
                return existing;
            }
            if (!create && existing.content().sha256().equals(content.sha256())) {
                return existing;
            }
            PortalDossier base = create ? new PortalDossier(key, null, null, null, null, 0, List.of()) : existing;
            return base.accepted(content, now, text(hoSo, "TrangThaiHoSo"), text(hoSo, "MaTTHC"), create);
        });
        index.add(maHoSo);
        return code[0];
    }

    /** Appends a handling step: 0 (a step sent again changes nothing), or {@link PortalAnswers#NOT_FOUND}. */
    int addStep(JsonNode tienDo) {
        String maHoSo = tienDo.get("MaHoSo").asText();
        if (!dossiers.containsKey(maHoSo)) {
            return PortalAnswers.NOT_FOUND;
        }
        steps.computeIfAbsent(maHoSo, k -> new ConcurrentSkipListMap<>())
                .putIfAbsent(tienDo.get("ThoiDiemXuLy").asText(), tienDo.toString());
        return PortalAnswers.OK;
    }

    PortalDossier find(String maHoSo) {
        return maHoSo == null ? null : dossiers.get(maHoSo);
    }

    /** The dossiers whose MaHoSo starts with the prefix, in UTF-8 byte order of MaHoSo. */
    Stream<PortalDossier> byPrefix(String prefix) {
        return byPrefix(prefix, null);
    }

    /** As {@link #byPrefix(String)}, from the first MaHoSo after {@code after} (null: from the start). */
    Stream<PortalDossier> byPrefix(String prefix, String after) {
        var from = after == null || Utf8Order.compare(after, prefix) < 0 ? index.tailSet(prefix) : index.tailSet(after, false);
        return from.stream().takeWhile(m -> m.startsWith(prefix)).map(dossiers::get).filter(Objects::nonNull);
    }

    /**
     * Stores a dossier as accepted once at {@code ngayCapNhat} (bulk loads for benchmarks). {@code canonical}
     * must already be RFC 8785 canonical JSON: it is stored and hashed as given.
     */
    public void load(String maHoSo, byte[] canonical, String ngayCapNhat, String trangThai, String maTTHC) {
        CanonicalJson content = CanonicalJson.ofCanonical(canonical);
        dossiers.put(maHoSo, new PortalDossier(maHoSo, content, ngayCapNhat, trangThai, maTTHC, 1,
                List.of(content.sha256())));
        index.add(maHoSo);
    }

    /** The portal's BamNoiDung of a stored dossier, or null. */
    public String contentHash(String maHoSo) {
        PortalDossier dossier = find(maHoSo);
        return dossier == null ? null : dossier.content().sha256();
    }

    public ObjectNode stored(String maHoSo) {
        PortalDossier dossier = find(maHoSo);
        return dossier == null ? null : parse(dossier.content().utf8());
    }

    public int createCount(String maHoSo) {
        PortalDossier dossier = find(maHoSo);
        return dossier == null ? 0 : dossier.createCount();
    }

    public List<String> acceptedHashes(String maHoSo) {
        PortalDossier dossier = find(maHoSo);
        return dossier == null ? List.of() : dossier.acceptedHashes();
    }

    /** The handling steps stored for a dossier, by ThoiDiemXuLy. */
    public List<ObjectNode> steps(String maHoSo) {
        NavigableMap<String, String> stored = steps.get(maHoSo);
        return stored == null ? List.of() : stored.values().stream().map(this::parse).toList();
    }

    public int size() {
        return dossiers.size();
    }

    public void reset() {
        dossiers.clear();
        index.clear();
        steps.clear();
    }

    /** Tampering: the portal loses a dossier and its steps. */
    public void delete(String maHoSo) {
        dossiers.remove(maHoSo);
        index.remove(maHoSo);
        steps.remove(maHoSo);
    }

    /**
     * Tampering: the stored content changes behind the gateway's back; NgayCapNhat, counts and accepted
     * hashes stay. An unknown MaHoSo is stored as if accepted now, without counting as a create.
     */
    public void overwrite(String maHoSo, ObjectNode hoSo) {
        CanonicalJson content = CanonicalJson.of(mapper, hoSo);
        String trangThai = text(hoSo, "TrangThaiHoSo");
        String maTTHC = text(hoSo, "MaTTHC");
        dossiers.compute(maHoSo, (key, existing) -> existing == null
                ? new PortalDossier(key, content, PORTAL_TIME.format(ZonedDateTime.now(Dates.ZONE)), trangThai,
                        maTTHC, 0, List.of())
                : existing.tampered(content, trangThai, maTTHC));
        index.add(maHoSo);
    }

    /** Tampering: a dossier the gateway never sent appears on the portal. */
    public void put(ObjectNode hoSo) {
        overwrite(hoSo.get("MaHoSo").asText(), hoSo);
    }

    private static String text(JsonNode hoSo, String field) {
        return hoSo.path(field).asText("");
    }

    private ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
