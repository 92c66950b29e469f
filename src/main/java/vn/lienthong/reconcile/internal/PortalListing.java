package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.platform.VietnamTime;

/**
 * The portal's DanhSachHoSo as one page source over several receiving units: units in the order of their
 * codes' prefixes, so that the concatenation is sorted by MaHoSo like the provincial export. The period
 * [from, to) becomes TuNgay/DenNgay, both inclusive, to the second, in +07:00.
 */
@Component
class PortalListing {

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final DvcqgClient client;
    private final GuardedCalls calls;
    private final ObjectMapper json;

    PortalListing(DvcqgClient client, GuardedCalls calls, ObjectMapper json) {
        this.client = client;
        this.calls = calls;
        this.json = json;
    }

    /** @param units in the order of {@link #inListingOrder} */
    PageSource<Entries.Portal> pages(List<String> units, OffsetDateTime from, OffsetDateTime to, int size) {
        String tuNgay = portalTime(from.truncatedTo(ChronoUnit.SECONDS).plusSeconds(from.getNano() > 0 ? 1 : 0));
        String denNgay = portalTime(to.minusSeconds(1));
        return new PageSource<>() {
            @Override
            public Object first() {
                return new Position(0, 1);
            }

            @Override
            public Object guessNext(Object position) {
                Position at = (Position) position;
                return new Position(at.unit(), at.page() + 1);
            }

            @Override
            public PageSource.Page<Entries.Portal> fetch(Object position) {
                return page(units, tuNgay, denNgay, (Position) position, size);
            }
        };
    }

    private PageSource.Page<Entries.Portal> page(List<String> units, String tuNgay, String denNgay, Position at,
            int size) {
        String unit = units.get(at.unit());
        JsonNode answer = calls.portal(() -> client.call(request(unit, tuNgay, denNgay, at.page(), size)));
        List<Entries.Portal> items = new ArrayList<>();
        for (JsonNode item : answer.path("data")) {
            String code = item.path("MaHoSo").asText("");
            if (code.startsWith(unit + "-")) { // the portal matches MaDonVi as a prefix
                items.add(new Entries.Portal(code, item.path("BamNoiDung").asText(""), item.path("NgayCapNhat").asText("")));
            }
        }
        long total = answer.path("TongSoBanGhi").asLong(-1);
        boolean unitDone = answer.path("data").size() < size || (total >= 0 && (long) at.page() * size >= total);
        boolean last = unitDone && at.unit() == units.size() - 1;
        Position next = unitDone ? new Position(at.unit() + 1, 1) : new Position(at.unit(), at.page() + 1);
        return new PageSource.Page<>(items, last ? null : next, -1);
    }

    static List<String> inListingOrder(List<String> units) {
        return units.stream().sorted((a, b) -> CodeOrder.compare(a + "-", b + "-")).toList();
    }

    private ObjectNode request(String unit, String tuNgay, String denNgay, int page, int size) {
        return json.createObjectNode().put("service", "DanhSachHoSo").put("MaDonVi", unit)
                .put("TuNgay", tuNgay).put("DenNgay", denNgay).put("Trang", page).put("SoBanGhi", size);
    }

    static String portalTime(OffsetDateTime at) {
        return PORTAL_TIME.format(at.withOffsetSameInstant(VietnamTime.OFFSET));
    }

    private record Position(int unit, int page) {
    }
}
