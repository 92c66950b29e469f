package vn.lienthong.simulator.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The applicants and land parcels of the generated dossiers (their clean state), by identity number and by
 * parcel, so that the simulated national databases hold records consistent with what the province serves.
 */
@Component
public class ApplicantDirectory {

    /** A parcel by its current unit code, map sheet and number. */
    public record ParcelKey(String provinceCode, String communeCode, String mapSheet, String parcelNumber) {
    }

    private final Map<String, JsonNode> byIdentity = new ConcurrentHashMap<>();
    private final Map<ParcelKey, String> holders = new ConcurrentHashMap<>();

    void index(ObjectNode clean) {
        JsonNode applicant = clean.path("applicant");
        String identity = applicant.path("identityNumber").asText("");
        if (!identity.isEmpty()) {
            byIdentity.put(identity, applicant.deepCopy());
        }
        JsonNode parcel = clean.path("parcel");
        if (parcel.isObject()) {
            holders.put(new ParcelKey(parcel.path("provinceCode").asText(), parcel.path("communeCode").asText(),
                    parcel.path("mapSheet").asText(), parcel.path("parcelNumber").asText()),
                    applicant.path("fullname").asText());
        }
    }

    /** The applicant (type, fullname, birthDate...) the province knows under this identity number. */
    public Optional<JsonNode> applicant(String identityNumber) {
        return Optional.ofNullable(identityNumber == null ? null : byIdentity.get(identityNumber));
    }

    /** The name of the applicant whose dossier is about this parcel. */
    public Optional<String> parcelHolder(ParcelKey key) {
        return Optional.ofNullable(holders.get(key));
    }

    void clear() {
        byIdentity.clear();
        holders.clear();
    }
}
