package vn.lienthong.simulator.provincial;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.generator.Expectation;

/** {@link ProvincialSimulator}'s test API over HTTP, for a simulator running in another process. */
@RestController
@RequestMapping("/sim/provincial/_admin")
class ProvincialAdminController {

    private final ProvincialSimulator simulator;

    ProvincialAdminController(ProvincialSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/generate")
    Map<String, Object> generate(@RequestParam int n) {
        return Map.of("generated", simulator.generate(n).size());
    }

    @PostMapping("/advance")
    Map<String, Object> advance(@RequestParam int n) {
        return Map.of("advanced", simulator.advance(n));
    }

    /** An item put on the change feed exactly as sent (one JSON object), e.g. a dossier code holding a NUL. */
    @PostMapping(path = "/feed/raw", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> publishRaw(@RequestBody String json) {
        return Map.of("key", simulator.publishRaw(json));
    }

    @PostMapping("/reset")
    Map<String, Object> reset() {
        simulator.reset();
        return Map.of("reset", true);
    }

    /** The province fixes a dossier's data (a new version without its defect), as for a replay after a fix. */
    @PostMapping("/dossiers/{key}/fix")
    Map<String, Object> fix(@PathVariable String key) {
        int version = simulator.fix(key);
        if (version < 0) {
            throw ApiError.notFound("no dossier " + key);
        }
        return Map.of("key", key, "version", version);
    }

    @GetMapping("/expectations")
    List<Expectation> expectations() {
        return simulator.expectations();
    }

    @GetMapping("/codes")
    List<String> codes() {
        return simulator.codes();
    }

    @GetMapping(path = "/dossiers/{key}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    String versions(@PathVariable String key) {
        return "[" + String.join(",", simulator.versions(key)) + "]";
    }
}
