package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SortedPages;

/** TraCuuHoSo and DanhSachHoSo: reading back what the portal holds, for reconciliation. */
@Component
class PortalQueries {

    static final int MAX_PAGE = 1000;

    private final DvcqgSimulator store;
    private final PortalAnswers answers;
    private final SortedPages<PortalDossier> pages = new SortedPages<>();

    PortalQueries(DvcqgSimulator store, PortalAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    Map<String, Object> find(JsonNode request) {
        PortalDossier dossier = store.find(request.path("MaHoSo").textValue());
        if (dossier == null) {
            return answers.top(PortalAnswers.NOT_FOUND, "Không tìm thấy hồ sơ");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error_code", answers.render(PortalAnswers.OK));
        answer.put("data", new RawValue(new String(dossier.content().utf8(), StandardCharsets.UTF_8)));
        return answer;
    }

    Map<String, Object> list(JsonNode request) {
        String unit = request.path("MaDonVi").asText("");
        String from = request.path("TuNgay").asText("");
        String to = request.path("DenNgay").asText("");
        int page = number(request.path("Trang"), 1);
        int size = number(request.path("SoBanGhi"), MAX_PAGE);
        String violation = FieldRules.first(FieldRules.required(request, "MaDonVi"),
                FieldRules.date(request, "TuNgay", false), FieldRules.date(request, "DenNgay", false),
                page < 1 ? "Trang không hợp lệ" : null,
                size < 1 || size > MAX_PAGE ? "SoBanGhi không hợp lệ" : null);
        if (violation != null) {
            return answers.top(PortalAnswers.INVALID, violation);
        }
        Listing listing = new Listing(unit, from, to);
        SortedPages.Slice<PortalDossier> slice = pages.page(listing, page - 1, size,
                after -> store.byPrefix(unit, after).filter(listing::holds), PortalDossier::maHoSo);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error_code", answers.render(PortalAnswers.OK));
        answer.put("TongSoBanGhi", slice.total());
        answer.put("Trang", page);
        answer.put("data", slice.items().stream().map(PortalQueries::listItem).toList());
        return answer;
    }

    /** One unit's dossiers last accepted between TuNgay and DenNgay, both inclusive (either may be absent). */
    private record Listing(String unit, String from, String to) {
        boolean holds(PortalDossier d) {
            return (from.isEmpty() || d.ngayCapNhat().compareTo(from) >= 0)
                    && (to.isEmpty() || d.ngayCapNhat().compareTo(to) <= 0);
        }
    }

    /** One line of DanhSachHoSo (a record: serialised far faster than a map, a million times per benchmark). */
    @JsonPropertyOrder({"MaHoSo", "TrangThaiHoSo", "NgayCapNhat", "MaTTHC", "BamNoiDung"})
    record ListItem(@JsonProperty("MaHoSo") String maHoSo, @JsonProperty("TrangThaiHoSo") String trangThai,
                    @JsonProperty("NgayCapNhat") String ngayCapNhat, @JsonProperty("MaTTHC") String maTTHC,
                    @JsonProperty("BamNoiDung") String bamNoiDung) {
    }

    private static ListItem listItem(PortalDossier dossier) {
        return new ListItem(dossier.maHoSo(), dossier.trangThai(), dossier.ngayCapNhat(), dossier.maTTHC(),
                dossier.content().sha256());
    }

    // Trang and SoBanGhi come as numbers or as strings
    private static int number(JsonNode value, int absent) {
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        return value.asText().matches("\\d{1,9}") ? Integer.parseInt(value.asText()) : -1;
    }
}
