package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lienthong reconcile start|list|show|findings}: dossier reconciliation of the province with the national portal. */
@Command(name = "reconcile", description = "Dossier reconciliation (province, ledger, national portal): start a run, "
        + "list runs, follow one, read its findings.")
class ReconcileCommands {

    private static final String[] COLUMNS = {"id", "status", "dry_run", "trigger", "units", "period_from", "period_to",
        "started_at", "finished_at", "compared", "behind", "missing", "differs", "unknown", "failed", "repaired"};

    @ParentCommand
    LienThongCli root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Command(name = "start", description = "Start a run over the dossiers updated in a period (default: the last 30 days).")
    int start(@Option(names = "--dry-run", negatable = true, description = "report only, repair nothing (--no-dry-run: "
                      + "repair; neither: the gateway's gateway.reconciliation.dry-run, false unless configured)") Boolean dryRun,
              @Option(names = "--days", paramLabel = "N", description = "from the start of the day N days ago "
                      + "(0 = today, Asia/Ho_Chi_Minh) to now") Integer days,
              @Option(names = "--from", paramLabel = "ISO", description = "from (ISO-8601 with offset, or a date)") String from,
              @Option(names = "--to", paramLabel = "ISO", description = "to, exclusive (default now)") String to,
              @Option(names = "--unit", paramLabel = "CODE", description = "one receiving unit (default every unit)") String unit,
              @Mixin Follow follow) {
        if (days != null && (days < 0 || from != null || to != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --days N (N >= 0) or --from/--to, not both");
        }
        Map<String, Object> body = new HashMap<>();
        body.put("from", from);
        body.put("days", days);
        body.put("to", to);
        body.put("unit", unit);
        body.put("dryRun", dryRun);
        body.values().removeIf(v -> v == null);
        ApiClient api = root.api();
        JsonNode run = api.post("/api/reconciliations", Map.of(), body);
        long id = run.path("id").asLong();
        Words words = root.words();
        root.out().println(words.say("cli.reconcile.started", id, run.path("dry_run").asBoolean() ? 1 : 0,
                units(run.path("units").asText(), words), run.path("period_from").asText(), run.path("period_to").asText())
                + (follow.requested ? "" : words.say("cli.followWith", "lienthong reconcile show " + id + " --follow")));
        return follow.requested ? follow.until(root, () -> snapshot(api.get("/api/reconciliations/" + id, Map.of()), root.words())) : 0;
    }

    @Command(name = "list", description = "Recent runs, newest first.")
    void list(@Option(names = "--limit", defaultValue = "50") int limit) {
        JsonNode answer = root.api().get("/api/reconciliations", Map.of("limit", limit));
        root.print(answer, answer.path("runs"), COLUMNS);
    }

    @Command(name = "show", description = "One run: its counts so far and its summary.")
    int show(@Parameters(paramLabel = "ID") long id, @Mixin Follow follow) {
        ApiClient api = root.api();
        if (follow.requested) {
            return follow.until(root, () -> snapshot(api.get("/api/reconciliations/" + id, Map.of()), root.words()));
        }
        JsonNode run = api.get("/api/reconciliations/" + id, Map.of());
        root.print(run, ApiClient.JSON.createArrayNode().add(run), COLUMNS);
        if (!root.json) {
            root.out().println(summary(run, root.words()));
        }
        return 0;
    }

    @Command(name = "findings", description = "A run's findings (everything not in agreement), in code order.")
    void findings(@Parameters(paramLabel = "ID") long id,
                  @Option(names = "--kind", description = "behind, missing, differs, unknown or failed") String kind,
                  @Option(names = "--csv", description = "all of them as CSV") boolean csv,
                  @Option(names = "--after", paramLabel = "CODE", description = "the page after this code") String after,
                  @Option(names = "--limit", defaultValue = "100", description = "at most this many (max 5000)") int limit) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("kind", kind);
        if (csv) {
            root.api().copy("/api/reconciliations/" + id + "/findings.csv", query, "text/csv", root.out());
            return;
        }
        query.put("after", after);
        query.put("limit", limit);
        JsonNode page = root.api().get("/api/reconciliations/" + id + "/findings", query);
        root.print(page, root.json ? page.path("findings") : root.words().say(page.path("findings"), "detail", "detail_code",
                "detail_args"), "code", "unit_code", "kind", "provincial_version", "ledger_version", "repair", "detail");
        if (!root.json && !page.path("next").isNull()) {
            root.out().println(root.words().say("cli.reconcile.more", "lienthong reconcile findings " + id + " --after "
                    + page.path("next").asText() + (kind == null ? "" : " --kind " + kind)));
        }
    }

    /** One unit by its code, more by their number: a province has dozens. */
    private static String units(String units, Words words) {
        int n = units.isEmpty() ? 0 : units.split(",").length;
        return n == 1 ? words.say("cli.reconcile.unit", units) : words.say("cli.reconcile.units", n);
    }

    /** A run (running, completed, failed or interrupted) as {@link Follow} shows it. */
    /** The run's summary in the language asked for. */
    static String summary(JsonNode run, Words words) {
        return words.reason(run.get("summaryCode"), run.get("summaryArgs"), run.path("summary").asText());
    }

    static Follow.Snapshot snapshot(JsonNode run, Words words) {
        String status = run.path("status").asText();
        JsonNode progress = run.path("progress");
        long compared = run.path("compared").asLong();
        long repairable = run.path("behind").asLong() + run.path("missing").asLong() + run.path("differs").asLong();
        boolean running = "running".equals(status);
        return new Follow.Snapshot(words.say("cli.reconcile.name", run.path("id").asLong()), status, words.say("run." + status),
                progress.path("percent").asDouble() / 100, compared, words.say("cli.reconcile.counts", compared, repairable),
                running && progress.path("rate").isNumber() ? progress.path("rate").asDouble() : null,
                running ? null : summary(run, words), "completed".equals(status), run);
    }
}
