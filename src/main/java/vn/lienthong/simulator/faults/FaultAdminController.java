package vn.lienthong.simulator.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Changes and reports the faults of each simulated system at run time; never itself subject to faults. */
@RestController
@RequestMapping("/sim/{system}/_admin")
public class FaultAdminController {

    private final Map<String, FaultInjector> injectors;

    public FaultAdminController(List<FaultInjector> injectors) {
        this.injectors = injectors.stream().collect(Collectors.toMap(FaultInjector::system, Function.identity()));
    }

    @GetMapping("/faults")
    public FaultSettings faults(@PathVariable String system) {
        return injector(system).settings();
    }

    @PutMapping("/faults")
    public FaultSettings replaceFaults(@PathVariable String system, @RequestBody FaultSettings settings) {
        injector(system).update(settings);
        return injector(system).settings();
    }

    @PostMapping("/outage")
    public FaultSettings outage(@PathVariable String system, @RequestParam long seconds) {
        injector(system).outageFor(Duration.ofSeconds(seconds));
        return injector(system).settings();
    }

    @GetMapping("/stats")
    public Map<String, Object> stats(@PathVariable String system) {
        return injector(system).stats();
    }

    private FaultInjector injector(String system) {
        FaultInjector injector = injectors.get(system);
        if (injector == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown system " + system);
        }
        return injector;
    }
}
