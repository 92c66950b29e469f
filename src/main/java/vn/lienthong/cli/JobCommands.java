package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong jobs list|show|cancel}: bulk replay jobs and their progress. */
@Command(name = "jobs", description = "Bulk replay jobs: list, progress of one, cancel one.")
class JobCommands {

    private static final String[] COLUMNS = {"id", "state", "total", "done", "skipped", "pending", "resolved", "failed",
        "ratePerSecond", "createdBy", "createdAt", "finishedAt"};

    @ParentCommand
    LienThongCli root;

    @Command(name = "list", description = "Replay jobs, newest first.")
    void list() {
        JsonNode jobs = root.api().get("/api/replays", Map.of());
        root.print(jobs, jobs.isArray() ? jobs : jobs.path("items"), COLUMNS);
    }

    @Command(name = "show", description = "One job's progress.")
    void show(@Parameters(paramLabel = "ID") long id) {
        JsonNode job = root.api().get("/api/replays/" + id, Map.of());
        root.print(job, ApiClient.JSON.createArrayNode().add(job), COLUMNS);
    }

    @Command(name = "cancel", description = "Cancel a job: what was not replayed yet stays as it was.")
    void cancel(@Parameters(paramLabel = "ID") long id) {
        JsonNode job = root.api().post("/api/replays/" + id + "/cancel", Map.of(), null);
        root.print(job, ApiClient.JSON.createArrayNode().add(job), COLUMNS);
    }
}
