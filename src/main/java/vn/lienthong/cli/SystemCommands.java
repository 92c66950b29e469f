package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong systems list|pause|resume}: circuit breakers and pausing intake or delivery per system. */
@Command(name = "systems", description = "External systems: circuit state, pause and resume intake or delivery.")
class SystemCommands {

    private static final String[] COLUMNS = {"system", "circuitState", "lastTransitionAt", "failureRate",
        "intakePaused", "deliveryPaused"};

    @ParentCommand
    LienThongCli root;

    @Command(name = "list", description = "Each system's circuit breaker and pauses.")
    void list() {
        JsonNode systems = root.api().get("/api/systems", Map.of());
        root.print(systems, systems, COLUMNS);
    }

    @Command(name = "pause", description = "Pause intake or delivery (e.g. for announced maintenance).")
    void pause(@Parameters(paramLabel = "SYSTEM") String system,
               @Option(names = "--what", required = true, description = "intake or delivery") String what) {
        change("pause", system, what);
    }

    @Command(name = "resume", description = "Resume intake or delivery.")
    void resume(@Parameters(paramLabel = "SYSTEM") String system,
                @Option(names = "--what", required = true, description = "intake or delivery") String what) {
        change("resume", system, what);
    }

    private void change(String verb, String system, String what) {
        JsonNode state = root.api().post("/api/systems/" + system + "/" + verb, Map.of("what", what), null);
        root.print(state, ApiClient.JSON.createArrayNode().add(state), COLUMNS);
    }
}
