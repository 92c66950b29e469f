package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.provincial.ProvincialClient;

/**
 * Confirms a dossier seen on one side only before it is reported or repaired: the portal's TraCuuHoSo for
 * one that looks missing there, the province's single-dossier GET for one that looks unknown to it.
 */
@Component
class EdgeConfirmation {

    private final DvcqgClient portal;
    private final ProvincialClient province;
    private final GuardedCalls calls;

    EdgeConfirmation(DvcqgClient portal, ProvincialClient province, GuardedCalls calls) {
        this.portal = portal;
        this.province = province;
        this.calls = calls;
    }

    Finding confirm(Comparison c, Classifier.Result first) {
        return switch (first.verdict()) {
            case CLASSIFIED -> new Finding(c, first.kind(), null, null);
            case CONFIRM_AT_PORTAL -> atPortal(c);
            case CONFIRM_AT_PROVINCE -> atProvince(c);
        };
    }

    private Finding atPortal(Comparison c) {
        Optional<JsonNode> stored = calls.portal(() -> portal.lookUp(c.code()));
        if (stored.isEmpty()) {
            return new Finding(c, FindingKind.MISSING, FindingDetails.NOT_AT_PORTAL.reason(), null);
        }
        Comparison seen = c.withPortalHash(ContentHash.of(stored.get()));
        return new Finding(seen, Classifier.classify(seen).kind(), FindingDetails.FOUND_AT_PORTAL.reason(), null);
    }

    private Finding atProvince(Comparison c) {
        Optional<JsonNode> dossier = calls.provincial(() -> province.dossier(c.code()));
        if (dossier.isEmpty()) {
            return new Finding(c, FindingKind.UNKNOWN, FindingDetails.NOT_AT_PROVINCE.reason(), null);
        }
        JsonNode found = dossier.get();
        Comparison seen = c.withProvince(new Entries.Provincial(c.code(), found.path("version").asLong(),
                found.path("updatedAt").asText("")));
        return new Finding(seen, Classifier.classify(seen).kind(), FindingDetails.FOUND_AT_PROVINCE.reason(),
                found.toString());
    }
}
