package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong failures list|show|replay|release}. */
@Command(name = "failures", description = "Failed syncs: list with filters, show one, replay one, release one from quarantine.")
class FailureCommands {

    @ParentCommand
    LienThongCli root;

    @Command(name = "list", description = "List failed syncs (unresolved by default).")
    void list(@Mixin FailureFilterOptions filter,
              @Option(names = "--page", defaultValue = "0") int page,
              @Option(names = "--size", defaultValue = "50") int size) {
        Map<String, Object> query = new LinkedHashMap<>(filter.asMap());
        query.put("page", page);
        query.put("size", size);
        JsonNode answer = root.api().get("/api/failures", query);
        root.print(answer, root.json ? answer.path("items") : root.words().sayReasons(answer.path("items")), "id", "system", "flow", "stage", "reasonClass", "code", "version",
                "attempts", "replays", "status", "lastFailedAt", "reason");
        if (!root.json) {
            root.out().println(root.words().say("cli.page", answer.path("items").size(), answer.path("total").asLong(), page));
        }
    }

    @Command(name = "show", description = "One failure: the record as received, the reason, every attempt.")
    void show(@Parameters(paramLabel = "ID") long id) {
        JsonNode failure = root.api().get("/api/failures/" + id, Map.of());
        if (!root.json) {
            Words words = root.words();
            words.sayReasons(words.say(failure.path("attempts"), "outcome", "outcomeCode", "outcomeArgs"));
        }
        root.print(failure);
    }

    @Command(name = "replay", description = "Replay one failure now.")
    void replay(@Parameters(paramLabel = "ID") long id) {
        JsonNode outcome = root.api().post("/api/failures/" + id + "/replay", Map.of(), null);
        if (!root.json) {
            root.words().say(JsonNodeFactory.instance.arrayNode().add(outcome), "detail", "detailCode", "detailArgs");
        }
        root.print(outcome);
    }

    @Command(name = "release", description = "Release a failure the loop guard quarantined (after looking at it).")
    void release(@Parameters(paramLabel = "ID") long id) {
        root.print(root.api().post("/api/failures/" + id + "/release", Map.of(), null));
    }
}
