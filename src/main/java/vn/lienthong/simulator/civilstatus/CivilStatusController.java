package vn.lienthong.simulator.civilstatus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.NationalRecords;

/** The electronic civil-status database (civil-status.md): birth registrations by personal number. */
@RestController
class CivilStatusController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NationalRecords records;
    private final FaultInjector faults;
    private final String apiKey;

    CivilStatusController(NationalRecords records, @Qualifier(CivilStatusConfiguration.FAULTS) FaultInjector faults,
            SimulatorProperties properties) {
        this.records = records;
        this.faults = faults;
        this.apiKey = properties.civilStatus().apiKey();
    }

    @GetMapping("/sim/civil-status/hotich/api/v1/khaisinh")
    ResponseEntity<Map<String, Object>> births(@RequestHeader(value = "ApiKey", required = false) String key,
            @RequestParam String soDinhDanh) {
        if (!apiKey.equals(key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("status", "error", "message", "AUTH ApiKey không hợp lệ"));
        }
        if (faults.busyNow()) {
            return ResponseEntity.ok(Map.of("status", "error", "message", "Quá tải"));
        }
        List<Map<String, Object>> data = records.citizen("civil-status", soDinhDanh).map(c -> {
            LocalDate born = LocalDate.parse(c.birthDate());
            Map<String, Object> birth = new LinkedHashMap<>();
            birth.put("soDinhDanh", c.personalNumber());
            birth.put("nksHoTen", (c.family() + " " + c.middle() + " " + c.given()).replaceAll(" +", " "));
            birth.put("nksNgaySinh", DAY.format(born));
            birth.put("nksGioiTinh", (c.personalNumber().charAt(3) - '0') % 2 == 0 ? "1" : "2");
            birth.put("noiDangKy", Map.of("maTinh", "01", "maHuyen", "001", "maXa", "00004"));
            birth.put("ngayDangKy", DAY.format(born.plusDays(6)));
            birth.put("soDangKy", (Math.floorMod(c.personalNumber().hashCode(), 900) + 1) + "/" + born.getYear());
            return List.of(birth);
        }).orElse(List.of());
        return ResponseEntity.ok(Map.of("status", "success", "data", data));
    }
}
