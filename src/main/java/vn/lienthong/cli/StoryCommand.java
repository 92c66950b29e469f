package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong story CODE}: everything the gateway recorded for one dossier, in order. */
@Command(name = "story", description = "A dossier's story: every event across all flows, in order.")
class StoryCommand implements Callable<Integer> {

    @ParentCommand
    LienThongCli root;

    @Parameters(paramLabel = "CODE", description = "the dossier code (MaHoSo)")
    String code;

    @Override
    public Integer call() {
        JsonNode story = root.api().get("/api/dossiers/" + code + "/story", Map.of());
        root.print(story, root.json ? story.path("events")
                : root.words().say(story.path("events"), "detail", "detailCode", "detailArgs"), "at", "version", "kind", "detail");
        return 0;
    }
}
