package vn.lienthong.simulator.paygov;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.faults.FaultInjector;

/** PayGov's daily reconciliation listing (paygov.md), under /sim/paygov. */
@RestController
class PaygovController {

    private final PaygovSimulator paygov;
    private final FaultInjector faults;

    PaygovController(PaygovSimulator paygov, @Qualifier(PaygovConfiguration.FAULTS) FaultInjector faults) {
        this.paygov = paygov;
        this.faults = faults;
    }

    @GetMapping("/sim/paygov/paygov/api/v1/doisoat")
    Map<String, Object> listing(@RequestParam("MaDoiTac") String partner, @RequestParam("Ngay") String ngay,
                                @RequestParam(name = "Trang", defaultValue = "1") String trang,
                                @RequestParam(name = "SoBanGhi", defaultValue = "1000") String soBanGhi,
                                @RequestHeader(name = "MaXacThuc", required = false) String mac) {
        if (!paygov.verifies(mac, partner, ngay, trang, soBanGhi) || !paygov.partnerCode().equals(partner)) {
            return Map.of("MaLoi", "07", "MoTaLoi", "Sai mã xác thực");
        }
        if (faults.busyNow()) {
            return Map.of("MaLoi", "99", "MoTaLoi", "Hệ thống bận");
        }
        int page = Integer.parseInt(trang);
        int size = Integer.parseInt(soBanGhi);
        if (page < 1 || size < 1 || size > 1000 || !ngay.matches("\\d{8}")) {
            return Map.of("MaLoi", "02", "MoTaLoi", "Tham số không hợp lệ");
        }
        return paygov.listing(ngay, page, size);
    }
}
