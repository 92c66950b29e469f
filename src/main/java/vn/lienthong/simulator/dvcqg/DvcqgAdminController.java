package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link DvcqgSimulator}'s test API over HTTP, for a simulator running in another process. */
@RestController
@RequestMapping("/sim/dvcqg/_admin")
class DvcqgAdminController {

    private final DvcqgSimulator portal;
    private final LostAnswers lostAnswers;

    DvcqgAdminController(DvcqgSimulator portal, LostAnswers lostAnswers) {
        this.portal = portal;
        this.lostAnswers = lostAnswers;
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

    /** Calls carrying this dossier are applied, their answer held {@code hold-ms}, then answered 504. */
    @PutMapping("/dossiers/{maHoSo}/lost-answers")
    Map<String, Object> loseAnswers(@PathVariable String maHoSo, @RequestParam(name = "hold-ms", defaultValue = "0") long holdMs) {
        lostAnswers.lose(maHoSo, Duration.ofMillis(holdMs));
        return Map.of("losing", true, "lost", lostAnswers.lostFor(maHoSo));
    }

    @GetMapping("/dossiers/{maHoSo}/lost-answers")
    Map<String, Object> lostAnswers(@PathVariable String maHoSo) {
        return Map.of("lost", lostAnswers.lostFor(maHoSo));
    }

    @DeleteMapping("/dossiers/{maHoSo}/lost-answers")
    Map<String, Object> answerAgain(@PathVariable String maHoSo) {
        lostAnswers.answer(maHoSo);
        return Map.of("losing", false, "lost", lostAnswers.lostFor(maHoSo));
    }
}
