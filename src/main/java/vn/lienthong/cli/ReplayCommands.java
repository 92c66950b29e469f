package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lienthong replay [filters] [--execute]}: a bulk replay. Always a dry run first (how many, a sample);
 * only with --execute does it then start the job, whose progress --follow (or {@code lienthong jobs show ID}) shows.
 */
@Command(name = "replay", description = "Replay all failures matching a filter: a dry run unless --execute "
        + "(with --follow, then the job's progress until it ends).")
class ReplayCommands implements Callable<Integer> {

    @ParentCommand
    LienThongCli root;

    @Mixin
    FailureFilterOptions filter;

    @Option(names = "--rate", description = "records per second (the gateway caps it)")
    Integer ratePerSecond;

    @Option(names = "--execute", description = "after the dry run, start the replay job")
    boolean execute;

    @Mixin
    Follow follow;

    @Override
    public Integer call() {
        ApiClient api = root.api();
        JsonNode dryRun = api.post("/api/replays", Map.of(), body(true));
        Words words = root.words();
        root.out().println(words.say("cli.replay.dryRun", dryRun.path("count").asLong()));
        root.print(dryRun, root.json ? dryRun.path("sample") : words.sayReasons(dryRun.path("sample")), "id", "system", "flow", "stage", "reasonClass", "code", "version", "reason");
        if (!execute) {
            root.out().println(words.say("cli.replay.nothing"));
            return 0;
        }
        JsonNode job = api.post("/api/replays", Map.of(), body(false));
        long id = job.path("id").asLong();
        root.out().println(words.say("cli.replay.started", id, job.path("total").asLong())
                + (follow.requested ? "" : words.say("cli.followWith", "lienthong jobs show " + id + " --follow")));
        return follow.requested ? follow.until(root, () -> JobCommands.snapshot(api.get("/api/replays/" + id, Map.of()), words)) : 0;
    }

    private Map<String, Object> body(boolean dryRun) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", filter.asMap());
        body.put("dryRun", dryRun);
        if (ratePerSecond != null) {
            body.put("ratePerSecond", ratePerSecond);
        }
        return body;
    }
}
