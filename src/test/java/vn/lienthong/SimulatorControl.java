package vn.lienthong;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Drives the simulators' fault injection over their admin HTTP endpoints, as an operator of a test bed would. */
public final class SimulatorControl {

    private final RestClient http;

    public SimulatorControl(RestClient http) {
        this.http = http;
    }

    public void faults(String system, Map<String, Object> faults) {
        http.put().uri("/sim/{system}/_admin/faults", system)
                .contentType(MediaType.APPLICATION_JSON).body(faults).retrieve().toBodilessEntity();
    }

    public void noFaults(String system) {
        faults(system, Map.of());
    }

    /** The province fixes a dossier's data: a new version without the defect it was generated with. */
    public void fixDossier(String key) {
        http.post().uri("/sim/provincial/_admin/dossiers/{key}/fix", key).retrieve().toBodilessEntity();
    }

    public void outage(String system, int seconds) {
        http.post().uri("/sim/{system}/_admin/outage?seconds={s}", system, seconds).retrieve().toBodilessEntity();
    }
}
