package vn.lienthong.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import vn.lienthong.simulator.registry.NationalRecords;
import vn.lienthong.simulator.registry.NationalRecords.Truth;

/** What a look-up should say about a generated applicant, from the simulated national databases' truth. */
final class LookupExpectations {

    record Expected(String result, List<String> fields) {
    }

    private final NationalRecords records;
    private final ObjectMapper json = new ObjectMapper();

    LookupExpectations(NationalRecords records) {
        this.records = records;
    }

    Expected population(String dossierJson) {
        return citizen("population", identity(dossierJson));
    }

    Expected civilStatus(String dossierJson) {
        return citizen("civil-status", identity(dossierJson));
    }

    Expected business(String dossierJson) {
        Truth truth = records.truth("business-registry", identity(dossierJson));
        return switch (truth) {
            case UNKNOWN -> new Expected("not-found", List.of());
            case DISSOLVED, SUSPENDED -> new Expected("mismatch", List.of("enterpriseStatus"));
            case NAME_DIFFERS -> new Expected("mismatch", List.of("enterpriseName"));
            default -> new Expected("match", List.of());
        };
    }

    private Expected citizen(String system, String identity) {
        Truth truth = records.truth(system, identity);
        return switch (truth) {
            case UNKNOWN -> new Expected("not-found", List.of());
            case NAME_DIFFERS -> new Expected("mismatch", List.of("fullname"));
            case BIRTH_DATE_DIFFERS -> new Expected("mismatch", List.of("birthDate"));
            default -> new Expected("match", List.of());
        };
    }

    JsonNode tree(String dossierJson) {
        try {
            return json.readTree(dossierJson);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String identity(String dossierJson) {
        return tree(dossierJson).path("applicant").path("identityNumber").asText();
    }
}
