package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.sync.LedgerQueries;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SendAgain;

/**
 * Repairs behind, missing and differing dossiers by re-syncing the province's newest state through the
 * normal delivery path (the durable queue, ordered per dossier, idempotent, behind the portal's circuit
 * breaker), marked so the planner pushes it even when the ledger says that version was delivered.
 */
@Component
class Repairs {

    private final ProvincialClient province;
    private final GuardedCalls calls;
    private final SendAgain sendAgain;
    private final ObjectMapper json;
    private final LedgerQueries ledger;

    Repairs(ProvincialClient province, GuardedCalls calls, SendAgain sendAgain, ObjectMapper json, LedgerQueries ledger) {
        this.province = province;
        this.calls = calls;
        this.sendAgain = sendAgain;
        this.json = json;
        this.ledger = ledger;
    }

    /** The newest version of each dossier that waits on the broker (sync_version 'queued'). */
    Map<String, Long> queuedVersions(List<String> codes) {
        return ledger.queuedVersions(codes);
    }

    /** The province's newest record of a dossier to repair, or empty when it no longer has it. */
    Optional<String> record(Finding finding) {
        if (finding.provincialRecord() != null) {
            return Optional.of(finding.provincialRecord());
        }
        return calls.provincial(() -> province.dossier(finding.code())).map(JsonNode::toString);
    }

    /** Queues the re-syncs of one batch in one broker transaction. */
    void queue(List<Finding> repairable, long runId) {
        List<QueuedDossier> items = new ArrayList<>(repairable.size());
        for (Finding finding : repairable) {
            items.add(QueuedDossier.resync(finding.code(), version(finding.provincialRecord()),
                    finding.provincialRecord(), "reconciliation-" + runId));
        }
        sendAgain.send(items);
    }

    private long version(String record) {
        try {
            return json.readTree(record).path("version").asLong();
        } catch (Exception e) {
            return 0; // the planner rejects an unreadable record with its reason, into failed_sync
        }
    }
}
