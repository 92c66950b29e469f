package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong payments reconcile|runs|show|findings}: the daily reconciliation of PayGov with the province. */
@Command(name = "payments", description = "Payment reconciliation (PayGov against the province): reconcile a day, "
        + "list runs, follow one, read its findings.")
class PaymentCommands {

    private static final String[] COLUMNS = {"id", "day", "trigger", "state", "startedAt", "finishedAt", "paygovRows",
        "provincialRows", "agreed", "confirmed", "amountMismatch", "paidWithoutPaygov", "badChecksum",
        "refundNotReflected", "statusMismatch", "reason"};

    @ParentCommand
    LienThongCli root;

    @Command(name = "reconcile", description = "Reconcile one day now (the gateway also does yesterday on its schedule).")
    int reconcile(@Option(names = "--day", required = true, paramLabel = "YYYY-MM-DD") LocalDate day, @Mixin Follow follow) {
        ApiClient api = root.api();
        JsonNode run = api.post("/api/payments/reconciliations", Map.of("day", day), null);
        long id = run.path("id").asLong();
        root.out().println(root.words().say("cli.payment.started", id, day.toString())
                + (follow.requested ? "" : root.words().say("cli.followWith", "lienthong payments show " + id + " --follow")));
        return follow.requested ? follow.until(root, () -> snapshot(api.get("/api/payments/reconciliations/" + id, Map.of()), root.words())) : 0;
    }

    @Command(name = "runs", description = "Reconciliation runs, newest first.")
    void runs(@Option(names = "--page", defaultValue = "0") int page, @Option(names = "--size", defaultValue = "50") int size) {
        JsonNode answer = root.api().get("/api/payments/reconciliations", Map.of("page", page, "size", size));
        root.print(answer, root.json ? answer.path("items") : root.words().sayReasons(answer.path("items")), COLUMNS);
    }

    @Command(name = "show", description = "One run: its state and what it counted.")
    int show(@Parameters(paramLabel = "ID") long id, @Mixin Follow follow) {
        ApiClient api = root.api();
        if (follow.requested) {
            return follow.until(root, () -> snapshot(api.get("/api/payments/reconciliations/" + id, Map.of()), root.words()));
        }
        JsonNode run = api.get("/api/payments/reconciliations/" + id, Map.of());
        root.print(run, root.json ? run : root.words().sayReasons(ApiClient.JSON.createArrayNode().add(run)), COLUMNS);
        return 0;
    }

    @Command(name = "findings", description = "A run's transactions not in agreement, and what the gateway did about them.")
    void findings(@Parameters(paramLabel = "ID") long id,
                  @Option(names = "--kind", description = "unpaid-at-province, amount-mismatch, paid-without-paygov, bad-checksum, "
                          + "refund-not-reflected, status-mismatch") String kind,
                  @Option(names = "--csv", description = "all of them as CSV") boolean csv,
                  @Option(names = "--page", defaultValue = "0") int page,
                  @Option(names = "--size", defaultValue = "100") int size) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("kind", kind);
        if (csv) {
            root.api().copy("/api/payments/reconciliations/" + id + "/findings.csv", query, "text/csv", root.out());
            return;
        }
        query.put("page", page);
        query.put("size", size);
        JsonNode answer = root.api().get("/api/payments/reconciliations/" + id + "/findings", query);
        root.print(answer, root.json ? answer.path("items") : root.words().say(answer.path("items"), "action", "actionCode", ""),
                "id", "kind", "paymentRef", "transactionId", "dossierCode", "paygovStatus",
                "paygovAmount", "provincialStatus", "provincialAmount", "paidAt", "action");
        if (!root.json) {
            root.out().println(root.words().say("cli.page", answer.path("items").size(), answer.path("total").asLong(), page));
        }
    }

    /** A run (running, completed or failed) as {@link Follow} shows it: the gateway counts only at the end. */
    static Follow.Snapshot snapshot(JsonNode run, Words words) {
        String state = run.path("state").asText();
        String job = words.say("cli.payment.name", run.path("id").asLong(), run.path("day").asText());
        String summary = switch (state) {
            case "running" -> null;
            case "completed" -> words.say("summary.payment.completed", run.path("id").asLong(), run.path("day").asText(),
                    n(run, "paygovRows"), n(run, "provincialRows"), n(run, "agreed"), n(run, "confirmed"),
                    n(run, "amountMismatch"), n(run, "paidWithoutPaygov"), n(run, "badChecksum"),
                    n(run, "refundNotReflected"), n(run, "statusMismatch"));
            default -> words.say("summary.payment.ended", run.path("id").asLong(), run.path("day").asText(),
                    words.say("run." + state), run.hasNonNull("reason")
                            ? words.reason(run.get("reasonCode"), run.get("reasonArgs"), run.path("reason").asText())
                            : words.say("summary.payment.noReason"));
        };
        return new Follow.Snapshot(job, state, words.say("run." + state), Double.NaN, 0, "", null, summary,
                "completed".equals(state), run);
    }

    private static long n(JsonNode run, String field) {
        return run.path(field).asLong();
    }
}
