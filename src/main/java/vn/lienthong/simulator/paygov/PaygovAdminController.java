package vn.lienthong.simulator.paygov;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link PaygovSimulator}'s test API over HTTP, for a simulator running in another process (benchmarks). */
@RestController
@RequestMapping("/sim/paygov/_admin")
class PaygovAdminController {

    private final PaygovSimulator paygov;

    PaygovAdminController(PaygovSimulator paygov) {
        this.paygov = paygov;
    }

    @PostMapping("/day")
    Map<String, Object> day(@RequestParam String date, @RequestParam int payments,
                            @RequestParam(defaultValue = "true") boolean notify) {
        return paygov.simulateDay(LocalDate.parse(date), payments, notify).summary();
    }

    @PostMapping("/discrepancy")
    Map<String, Object> discrepancy(@RequestParam Discrepancy kind, @RequestParam String date) {
        return Map.of("kind", kind, "paymentRef", paygov.discrepancy(kind, LocalDate.parse(date)));
    }

    @GetMapping("/unpaid")
    Map<String, Object> unpaid() {
        return Map.of("unpaid", paygov.unpaidFees().size());
    }

    @GetMapping("/notifications/{maGiaoDich}")
    Map<String, Object> notification(@PathVariable String maGiaoDich) {
        return paygov.notification(maGiaoDich);
    }

    @PostMapping("/reset")
    Map<String, Object> reset() {
        paygov.reset();
        return Map.of("reset", true);
    }
}
