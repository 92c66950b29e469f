package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lienthong audit list|head|verify}: the hash-chained log of operator actions. */
@Command(name = "audit", description = "The audit log: list, export its head, verify its chain.")
class AuditCommands {

    @ParentCommand
    LienThongCli root;

    @Command(name = "list", description = "Operator actions, newest first.")
    void list(@Option(names = "--page", defaultValue = "0") int page,
              @Option(names = "--size", defaultValue = "50") int size) {
        JsonNode answer = root.api().get("/api/audit", Map.of("page", page, "size", size));
        root.print(answer, answer.path("items"), "id", "at", "actor", "action", "target", "outcome", "detail");
    }

    @Command(name = "head", description = "The newest row as rowId:hash: keep it somewhere else to detect truncation.")
    void head() {
        JsonNode head = root.api().get("/api/audit/head", Map.of());
        if (root.json) {
            root.print(head);
        } else {
            root.out().println(head.path("export").asText());
        }
    }

    @Command(name = "verify", description = "Verify the chain (and, given an exported head, that nothing was cut off). "
            + "Exit code 3 when it does not verify.")
    int verify(@Option(names = "--head", paramLabel = "ROWID:HASH", description = "a head exported earlier") String head) {
        Map<String, Object> query = new HashMap<>();
        query.put("head", head);
        JsonNode verdict = root.api().get("/api/audit/verify", query);
        if (root.json) {
            root.print(verdict);
        } else if (verdict.path("valid").asBoolean()) {
            root.out().println(root.words().say("cli.audit.valid", verdict.path("rows").asLong(), head == null ? 0 : 1));
        } else {
            root.out().println(root.words().say("cli.audit.invalid", verdict.path("firstBadRow").asText(),
                    verdict.path("reason").asText()));
        }
        return verdict.path("valid").asBoolean() ? 0 : LienThongCli.AUDIT_INVALID;
    }
}
