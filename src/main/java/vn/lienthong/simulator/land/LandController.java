package vn.lienthong.simulator.land;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.adminunits.UnitCode;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.NationalRecords;

/** The land information system (land.md), keyed by legacy unit codes only. */
@RestController
class LandController {

    private final NationalRecords records;
    private final FaultInjector faults;
    private final String apiKey;

    LandController(NationalRecords records, @Qualifier(LandConfiguration.FAULTS) FaultInjector faults,
            SimulatorProperties properties) {
        this.records = records;
        this.faults = faults;
        this.apiKey = properties.land().apiKey();
    }

    @GetMapping("/sim/land/ilis/api/thuadat")
    ResponseEntity<Map<String, Object>> parcels(@RequestHeader(value = "ApiKey", required = false) String key,
            @RequestParam("TinhId") String province, @RequestParam("HuyenId") String district,
            @RequestParam("XaId") String commune, @RequestParam("SoHieuBanDo") String mapSheet,
            @RequestParam("SoThuTuThua") String parcelNumber) {
        if (!apiKey.equals(key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("ThanhCong", false, "ThongBao", "AUTH ApiKey không hợp lệ"));
        }
        if (faults.busyNow()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "1")
                    .body(Map.of("ThanhCong", false, "ThongBao", "Hệ thống bận"));
        }
        if (!records.communeInDistrict(commune, district)) {
            return ResponseEntity.badRequest().body(Map.of("ThanhCong", false, "ThongBao", "XaId không thuộc HuyenId"));
        }
        List<Map<String, Object>> found = records.parcel(UnitCode.legacy(province, district, commune), mapSheet, parcelNumber)
                .map(p -> List.<Map<String, Object>>of(Map.of("TinhId", province, "HuyenId", district, "XaId", commune,
                        "SoHieuBanDo", mapSheet, "SoThuTuThua", parcelNumber, "DienTich", 152.4,
                        "MucDichSuDung", "ODT", "ChuSuDung", p.holder(), "SoGiayChungNhan", "CS " + Math.floorMod(p.hashCode(), 999_999))))
                .orElse(List.of());
        return ResponseEntity.ok(Map.of("ThanhCong", true, "ThongTinThuaDat", found));
    }
}
