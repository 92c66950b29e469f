package vn.lienthong.sync.internal;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.DossierCodes;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.platform.StorableText;
import vn.lienthong.sync.QueuedDossier;

/**
 * Feed items whose code the database cannot store or index (a NUL, a lone surrogate, thousands of bytes): they are
 * kept in failed_sync as they are read, with their reason, so that the page around them is taken and the cursor
 * moves on. Their record is kept as escaped JSON (ASCII only), their code escaped and cut, for an operator to see.
 */
@Component
class UnstorableItems {

    private static final Logger log = LoggerFactory.getLogger(UnstorableItems.class);
    /** As much of a code as failed_sync shows: its unique key and index hold it whole. */
    private static final int SHOWN_CODE = 200;

    private final FailedSyncStore failures;
    private final SyncMetrics metrics;
    private final ObjectWriter escaped;

    UnstorableItems(FailedSyncStore failures, SyncMetrics metrics, ObjectMapper json) {
        this.failures = failures;
        this.metrics = metrics;
        this.escaped = json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    /** The items that can be stored; the others are recorded as failures of the validate stage. */
    List<JsonNode> storable(List<JsonNode> items) {
        List<JsonNode> storable = new ArrayList<>(items.size());
        List<FailedSyncStore.VersionedFailure> refused = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode code = item.get("code");
            try {
                if (code != null && code.isTextual()) {
                    DossierCodes.requireStorable(code.asText());
                }
                storable.add(item);
            } catch (InvalidDossierException e) {
                refused.add(failure(item, e));
            }
        }
        if (!refused.isEmpty()) {
            failures.recordVersioned(DvcqgClient.SYSTEM, DossierReplayer.FLOW, refused);
            metrics.failed(Rejection.STAGE_VALIDATE, refused.size());
            log.warn("{} feed item(s) with a code the database cannot store, kept in failed_sync: {}", refused.size(),
                    refused.get(0).reason().text());
        }
        return storable;
    }

    private FailedSyncStore.VersionedFailure failure(JsonNode item, InvalidDossierException e) {
        String record = escapedJson(item);
        QueuedDossier identity = DossierIntake.unidentified(record);
        JsonNode version = item.get("version");
        JsonNode procedure = item.path("procedure").path("code");
        return new FailedSyncStore.VersionedFailure(Rejection.STAGE_VALIDATE, Rejection.INVALID_RECORD, e.failureReason(),
                identity.key(), StorableText.cut(StorableText.of(item.get("code").asText()), SHOWN_CODE),
                version != null && version.canConvertToLong() ? version.asLong() : null,
                procedure.isTextual() ? StorableText.cut(StorableText.of(procedure.asText()), SHOWN_CODE) : null, record);
    }

    private String escapedJson(JsonNode item) {
        try {
            return escaped.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
