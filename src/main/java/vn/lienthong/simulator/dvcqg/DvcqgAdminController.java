package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@link DvcqgSimulator}'s test API over HTTP, for a simulator running in another process. */
@RestController
@RequestMapping("/sim/dvcqg/_admin")
class DvcqgAdminController {

    private final DvcqgSimulator portal;

    DvcqgAdminController(DvcqgSimulator portal) {
        this.portal = portal;
    }

    @GetMapping("/size")
    Map<String, Object> size() {
        return Map.of("size", portal.size());
    }

    @PostMapping("/reset")
    Map<String, Object> reset() {
        portal.reset();
        return Map.of("reset", true);
    }

    @GetMapping("/dossiers/{maHoSo}")
    ResponseEntity<Map<String, Object>> dossier(@PathVariable String maHoSo) {
        ObjectNode stored = portal.stored(maHoSo);
        if (stored == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("stored", stored);
        answer.put("createCount", portal.createCount(maHoSo));
        answer.put("acceptedHashes", portal.acceptedHashes(maHoSo));
        answer.put("steps", portal.steps(maHoSo));
        return ResponseEntity.ok(answer);
    }

    @PutMapping("/dossiers/{maHoSo}")
    Map<String, Object> overwrite(@PathVariable String maHoSo, @RequestBody ObjectNode hoSo) {
        portal.overwrite(maHoSo, hoSo);
        return Map.of("overwritten", true);
    }

    @DeleteMapping("/dossiers/{maHoSo}")
    Map<String, Object> delete(@PathVariable String maHoSo) {
        portal.delete(maHoSo);
        return Map.of("deleted", true);
    }
}
