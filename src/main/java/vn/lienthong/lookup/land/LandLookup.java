package vn.lienthong.lookup.land;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.adminunits.AdminUnitCrosswalk;
import vn.lienthong.adminunits.UnitCode;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupEndpoint;
import vn.lienthong.lookup.internal.LookupHttp;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupReasons;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NameMatch;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.internal.PermanentLookupFailure;
import vn.lienthong.lookup.internal.Verification;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/**
 * The land information system (land.md), still keyed by legacy units: the parcel's current commune is
 * translated with the crosswalk into the legacy commune(s) it came from, and each candidate is asked in
 * turn until one holds the parcel.
 */
@Component
public class LandLookup implements NationalLookup {

    static final String PATH = "/ilis/api/thuadat";

    private final LookupEndpoint endpoint;
    private final LookupHttp http;
    private final LookupCalls calls;
    private final AdminUnitCrosswalk crosswalk;

    public LandLookup(LookupLimits limits, ExternalHttp clients, JsonResponses responses, LookupCalls calls,
            AdminUnitCrosswalk crosswalk) {
        this.endpoint = limits.of(LookupSource.LAND).endpoint();
        this.http = new LookupHttp(source(), endpoint.baseUrl(), clients, responses);
        this.calls = calls;
        this.crosswalk = crosswalk;
    }

    @Override
    public LookupSource source() {
        return LookupSource.LAND;
    }

    @Override
    public Verification verify(Dossier dossier) {
        String requestId = NationalLookup.requestId();
        JsonNode parcel = dossier.parcel();
        for (UnitCode legacy : candidates(parcel)) {
            JsonNode found = calls.call(source(), () -> parcels(legacy, parcel));
            if (!found.isEmpty()) {
                boolean holder = NameMatch.same(dossier.applicant().fullname(), found.get(0).path("ChuSuDung").asText());
                return Verification.of(source(), holder ? List.of() : List.of("parcelHolder"), requestId);
            }
        }
        return Verification.notFound(source(), requestId);
    }

    /** The legacy communes to ask: the parcel's own when it is given in legacy codes, else the crosswalk's. */
    public List<UnitCode> candidates(JsonNode parcel) {
        String district = parcel.path("districtCode").asText(null);
        String version = parcel.path("unitCodeVersion").asText(district == null ? UnitCode.CURRENT : UnitCode.LEGACY);
        String province = parcel.path("provinceCode").asText();
        String commune = parcel.path("communeCode").asText();
        if (UnitCode.LEGACY.equals(version)) {
            return List.of(UnitCode.legacy(province, district, commune));
        }
        List<UnitCode> legacy = List.copyOf(crosswalk.legacyOf(UnitCode.current(province, commune)));
        if (legacy.isEmpty()) {
            String current = UnitCode.current(province, commune).toString();
            throw new PermanentLookupFailure(source().system(), LookupReasons.NO_LEGACY_COMMUNE.reason("parcel commune "
                    + current + " has no legacy commune in the crosswalk " + AdminUnitCrosswalk.EDITION,
                    source().system(), current, AdminUnitCrosswalk.EDITION));
        }
        return legacy;
    }

    private JsonNode parcels(UnitCode legacy, JsonNode parcel) {
        JsonNode answer = http.exchange(rest -> rest.get()
                .uri(PATH + "?TinhId={province}&HuyenId={district}&XaId={commune}&SoHieuBanDo={sheet}&SoThuTuThua={parcel}",
                        legacy.provinceCode(), legacy.districtCode(), legacy.communeCode(),
                        parcel.path("mapSheet").asText(), parcel.path("parcelNumber").asText())
                .header("ApiKey", endpoint.apiKey(source())));
        if (!answer.path("ThanhCong").asBoolean(false) || !answer.path("ThongTinThuaDat").isArray()) {
            throw new TransientFailure(source().system(), "answer without ThanhCong (" + answer.path("ThongBao").asText() + ")");
        }
        return answer.path("ThongTinThuaDat");
    }
}
