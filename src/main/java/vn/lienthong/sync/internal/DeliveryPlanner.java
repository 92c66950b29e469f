package vn.lienthong.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.dvcqg.HoSo;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.dvcqg.TienDo;
import vn.lienthong.platform.Reason;
import vn.lienthong.sync.ConsultedDatabases;
import vn.lienthong.sync.QueuedDossier;

/**
 * Decides what a batch taken from the queue comes to. Only the newest version of each dossier is sent,
 * and only if it is not older than what the portal may have (the ledger's delivered version, or a version marked
 * as being sent whose outcome was lost): the portal does not compare versions, so an older state must never reach
 * it after a newer one. The version marked as being sent is itself pushed again (the portal applies a version
 * idempotently). Invalid records are rejected with a reason.
 */
@Component
public class DeliveryPlanner {

    private final DossierReader reader;
    private final HoSoMapper mapper;
    private final SyncLedger ledger;
    private final ObjectMapper json;
    private final List<ConsultedDatabases> consulted;

    public DeliveryPlanner(DossierReader reader, HoSoMapper mapper, SyncLedger ledger, ObjectMapper json,
            List<ConsultedDatabases> consulted) {
        this.consulted = consulted;
        this.reader = reader;
        this.mapper = mapper;
        this.ledger = ledger;
        this.json = json;
    }

    public DeliveryPlan plan(List<QueuedDossier> batch) {
        Map<String, QueuedDossier> newest = new LinkedHashMap<>();
        List<QueuedDossier> superseded = new ArrayList<>();
        for (QueuedDossier item : batch) {
            QueuedDossier other = newest.get(item.code());
            if (other == null || item.version() > other.version()) {
                newest.put(item.code(), item);
                if (other != null) {
                    superseded.add(other);
                }
            } else if (item.version() == other.version()) {
                newest.put(item.code(), twin(other, item));
            } else {
                superseded.add(item);
            }
        }
        Map<String, LedgerPosition> positions = ledger.positions(newest.keySet());
        Map<String, List<String>> databases = consultedDatabases(newest.keySet());
        List<Delivery> deliveries = new ArrayList<>();
        List<QueuedDossier> alreadyDelivered = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (QueuedDossier item : newest.values()) {
            LedgerPosition position = positions.get(item.code());
            // a newer version the portal confirmed, or may have taken before its answer or our ledger commit was lost
            if (position != null && position.newestPossiblyAtPortal() > item.version()) {
                superseded.add(item);
                continue;
            }
            try {
                Delivery delivery = prepare(item, position == null || !position.delivered() ? null : position,
                        databases.getOrDefault(item.code(), List.of()));
                if (!delivery.push() && delivery.pendingSteps().isEmpty()) {
                    alreadyDelivered.add(item);
                } else {
                    deliveries.add(delivery);
                }
            } catch (InvalidDossierException e) {
                rejections.add(invalid(item, e.failureReason()));
            } catch (Exception e) {
                rejections.add(invalid(item, SyncReasons.RECORD_UNREADABLE.reason(
                        "record: the gateway could not read it (" + e.getMessage() + ")", String.valueOf(e.getMessage()))));
            }
        }
        return new DeliveryPlan(deliveries, alreadyDelivered, superseded, rejections);
    }

    /**
     * Of two copies of one version, the one sent again last is kept: its sync_version row waits for it (a copy the
     * feed sent waits for none). A re-sync among them still has it pushed even though it was delivered.
     */
    private static QueuedDossier twin(QueuedDossier earlier, QueuedDossier later) {
        QueuedDossier kept = later.isSentAgain() || !earlier.isSentAgain() ? later : earlier;
        return (earlier.isResync() || later.isResync()) && !kept.isResync() ? kept.asResync() : kept;
    }

    private Map<String, List<String>> consultedDatabases(java.util.Set<String> codes) {
        Map<String, List<String>> databases = new java.util.HashMap<>();
        consulted.forEach(source -> databases.putAll(source.of(codes)));
        return databases;
    }

    /**
     * The version's HoSo and the steps the portal has not had; no push when the ledger has this version with
     * this content (a version is pushed again only when national databases were consulted since).
     */
    private Delivery prepare(QueuedDossier item, LedgerPosition position, List<String> databases) throws Exception {
        Dossier dossier = reader.read(json.readTree(item.raw()));
        HoSo hoSo = mapper.toHoSo(dossier, databases);
        String hash = ContentHash.of(hoSo);
        List<TienDo> steps = mapper.toSteps(dossier);
        // a re-sync repairs a portal that may have lost the dossier with its steps: send them all again
        OffsetDateTime sentUpTo = position == null || item.isResync() ? null : position.lastStepAt();
        List<Delivery.PendingStep> pending = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            OffsetDateTime at = dossier.history().get(i).at();
            if (sentUpTo == null || at.isAfter(sentUpTo)) {
                pending.add(new Delivery.PendingStep(steps.get(i), at));
            }
        }
        boolean push = position == null || position.deliveredVersion() < item.version()
                || (position.deliveredVersion() == item.version() && !hash.equals(position.payloadHash()))
                || item.isResync();
        return new Delivery(item, hoSo, hash, push, position != null, pending);
    }

    private Rejection invalid(QueuedDossier item, Reason reason) {
        return new Rejection(item, Rejection.STAGE_VALIDATE, Rejection.INVALID_RECORD, reason, procedureCode(item));
    }

    private String procedureCode(QueuedDossier item) {
        try {
            JsonNode code = json.readTree(item.raw()).path("procedure").path("code");
            return code.isTextual() ? code.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
