package vn.lienthong.simulator.business;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.NationalRecords;

/** The business registration database through LGSP (business-registry.md): ChiTietDoanhNghiep. */
@RestController
class BusinessRegistryController {

    private final NationalRecords records;
    private final FaultInjector faults;
    private final String configuredKey;
    private volatile String apiKey;

    BusinessRegistryController(NationalRecords records,
            @Qualifier(BusinessRegistryConfiguration.FAULTS) FaultInjector faults, SimulatorProperties properties) {
        this.records = records;
        this.faults = faults;
        this.configuredKey = properties.businessRegistry().apiKey();
        this.apiKey = configuredKey;
    }

    /** The registry rotates its key (the gateway's key is then refused with 401 AUTH); DELETE restores it. */
    @PutMapping("/sim/business-registry/_admin/api-key")
    void rotateKey(@RequestBody Map<String, String> body) {
        apiKey = body.get("apiKey");
    }

    @DeleteMapping("/sim/business-registry/_admin/api-key")
    void restoreKey() {
        apiKey = configuredKey;
    }

    @PostMapping("/sim/business-registry/lgsp/dkkd/v1")
    ResponseEntity<Map<String, Object>> call(@RequestHeader(value = "ApiKey", required = false) String key,
            @RequestBody JsonNode request) {
        if (!apiKey.equals(key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "AUTH", "message", "ApiKey không hợp lệ"));
        }
        if (faults.busyNow()) {
            return ok("99", "Hệ thống bận", null);
        }
        String code = request.path("msdn").asText();
        return records.enterprise(code)
                .map(e -> ok(code.hashCode() % 3 == 0 ? 0 : "00", "OK", data(e)))
                .orElseGet(() -> ok("01", "Không tìm thấy doanh nghiệp", null));
    }

    private static Map<String, Object> data(NationalRecords.Enterprise e) {
        Map<String, Object> main = new LinkedHashMap<>();
        main.put("ENTERPRISE_CODE", e.code());
        main.put("NAME", e.name());
        main.put("NAME_EN", "");
        main.put("STATUS", e.status());
        main.put("FOUNDING_DATE", "15/03/2015");
        main.put("ENTERPRISE_TYPE", "Công ty TNHH");
        return Map.of("MainInformation", main,
                "HOAddress", Map.of("CityID", "01", "DistrictID", "001", "WardID", "00004", "AddressVersion", "legacy"),
                "Representatives", List.of(Map.of("FULL_NAME", "NGUYỄN VĂN BÌNH", "POSITION", "Giám đốc")));
    }

    private static ResponseEntity<Map<String, Object>> ok(Object status, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("StatusCode", status);
        body.put("Message", message);
        body.put("Data", data);
        return ResponseEntity.ok(body);
    }
}
