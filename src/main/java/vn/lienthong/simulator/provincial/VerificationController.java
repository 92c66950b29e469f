package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The verification write-back: recorded beside the dossier, without a new version. */
@RestController
class VerificationController {

    private static final Set<String> SOURCES = Set.of("population", "business-registry", "land", "civil-status");
    private static final Set<String> RESULTS = Set.of("match", "mismatch", "not-found");
    private static final Set<String> FIELDS = Set.of("fullname", "birthDate", "enterpriseName", "enterpriseStatus",
            "parcelHolder");

    private final DossierBook book;

    VerificationController(DossierBook book) {
        this.book = book;
    }

    @PostMapping("/sim/provincial/api/v1/dossiers/{code}/verifications")
    Map<String, Object> record(@PathVariable String code, @RequestBody JsonNode verification) {
        if (book.byCode(code) == null) {
            throw ApiError.notFound("no dossier " + code);
        }
        check(SOURCES.contains(verification.path("source").asText()), "source must be one of " + SOURCES);
        check(RESULTS.contains(verification.path("result").asText()), "result must be one of " + RESULTS);
        JsonNode fields = verification.path("mismatchedFields");
        check(fields.isMissingNode() || fields.isArray(), "mismatchedFields must be a list");
        fields.forEach(field -> check(FIELDS.contains(field.asText()), "unknown mismatched field " + field));
        check(!"mismatch".equals(verification.path("result").asText()) || !fields.isEmpty(),
                "a mismatch names its mismatchedFields");
        check(Params.isInstant(verification.path("checkedAt").asText()), "checkedAt must be ISO-8601 with offset");
        check(!verification.path("reference").asText().isBlank(), "reference is required");
        book.recordVerification(code, verification);
        return Map.of("recorded", true);
    }

    private static void check(boolean valid, String message) {
        if (!valid) {
            throw ApiError.unprocessable(message);
        }
    }
}
