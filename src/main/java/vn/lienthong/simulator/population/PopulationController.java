package vn.lienthong.simulator.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.faults.FaultInjector;
import vn.lienthong.simulator.registry.NationalRecords;

/**
 * The population database through LGSP (population.md): signed headers checked on every call, an
 * allowance of calls per sliding second (429 beyond it), "BUSY" SOAP faults, TraCuu and XacThuc.
 */
@RestController
class PopulationController {

    private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final XmlMapper xml = new XmlMapper();
    private final NationalRecords records;
    private final FaultInjector faults;
    private final CallLog calls;
    private final SignatureCheck signatures;
    private final int allowance;

    PopulationController(NationalRecords records, @Qualifier(PopulationConfiguration.FAULTS) FaultInjector faults,
            CallLog calls, SimulatorProperties properties) {
        this.records = records;
        this.faults = faults;
        this.calls = calls;
        this.signatures = new SignatureCheck(properties.population());
        this.allowance = properties.population().allowancePerSecond();
    }

    @PostMapping("/sim/population/lgsp/dancu/v1")
    ResponseEntity<String> call(HttpServletRequest request, @RequestBody byte[] body) throws IOException {
        if (!calls.admit(allowance)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "1")
                    .contentType(XML).body(SoapAnswers.fault("soap:Server", "BUSY vượt quá " + allowance + " lượt/giây"));
        }
        String refused = signatures.problem(request);
        if (refused != null) {
            return answer(HttpStatus.UNAUTHORIZED, SoapAnswers.fault("soap:Client", "AUTH " + refused));
        }
        if (faults.busyNow()) {
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, SoapAnswers.fault("soap:Server", "BUSY hệ thống bận"));
        }
        String action = String.valueOf(request.getHeader("SOAPAction")).replace("\"", "");
        JsonNode operation = xml.readTree(body).path("Body").path(action);
        if (operation.isMissingNode()) {
            return answer(HttpStatus.INTERNAL_SERVER_ERROR, SoapAnswers.fault("soap:Client", "unknown operation " + action));
        }
        String requestId = operation.path("MaYeuCau").asText();
        var citizen = records.citizen("population", operation.path("SoDinhDanh").asText());
        String answer = "XacThucThongTinCongDan".equals(action) ? SoapAnswers.exists(requestId, citizen.isPresent())
                : SoapAnswers.found(requestId, citizen.map(List::of).orElse(List.of()));
        return answer(HttpStatus.OK, answer);
    }

    /** Arrival times (µs on a monotonic clock) of every call seen, for checking the allowance was respected. */
    @GetMapping("/sim/population/_admin/calls")
    Map<String, Object> arrivals() {
        return Map.of("allowancePerSecond", allowance, "arrivalsMicros", calls.arrivals());
    }

    @DeleteMapping("/sim/population/_admin/calls")
    void forgetArrivals() {
        calls.clear();
    }

    private static ResponseEntity<String> answer(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(XML).body(body);
    }
}
