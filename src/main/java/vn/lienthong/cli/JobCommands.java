package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong jobs list|show|cancel}: bulk replay jobs and their progress. */
@Command(name = "jobs", description = "Bulk replay jobs: list, progress of one (--follow: until it ends), cancel one.")
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
    int show(@Parameters(paramLabel = "ID") long id, @Mixin Follow follow) {
        ApiClient api = root.api();
        if (follow.requested) {
            return follow.until(root, () -> snapshot(api.get("/api/replays/" + id, Map.of()), root.words()));
        }
        JsonNode job = api.get("/api/replays/" + id, Map.of());
        root.print(job, ApiClient.JSON.createArrayNode().add(job), COLUMNS);
        return 0;
    }

    @Command(name = "cancel", description = "Cancel a job: what was not replayed yet stays as it was.")
    void cancel(@Parameters(paramLabel = "ID") long id) {
        JsonNode job = root.api().post("/api/replays/" + id + "/cancel", Map.of(), null);
        root.print(job, ApiClient.JSON.createArrayNode().add(job), COLUMNS);
    }

    /** A replay job (running, done, cancelled or failed, with its reason) as {@link Follow} shows it. */
    static Follow.Snapshot snapshot(JsonNode job, Words words) {
        String state = job.path("state").asText();
        long total = job.path("total").asLong();
        long done = job.path("done").asLong();
        long skipped = job.path("skipped").asLong();
        long resolved = job.path("resolved").asLong();
        long failed = job.path("failed").asLong();
        String said = words.say("job." + state);
        String summary = "running".equals(state) ? null : words.say("cli.job.summary", job.path("id").asLong(), said,
                done, total, skipped, "done".equals(state) ? "" : words.say("cli.job.left", total - done - skipped),
                resolved, failed, done - resolved - failed);
        if (job.hasNonNull("reason")) {
            summary += " " + words.reason(job.get("reasonCode"), job.get("reasonArgs"), job.path("reason").asText());
        }
        return new Follow.Snapshot(words.say("cli.job.name", job.path("id").asLong()), state, said,
                total > 0 ? (double) (done + skipped) / total : Double.NaN, done + skipped,
                words.say("cli.job.counts", done, total, skipped), null, summary, "done".equals(state), job);
    }
}
