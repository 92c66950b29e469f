package vn.lienthong.dossier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The contract's example dossier, and variants of it with one field changed (JSON Pointer paths). */
public final class SampleDossier {

    public static final ObjectMapper JSON = new ObjectMapper();

    private SampleDossier() {
    }

    public static ObjectNode json() {
        return (ObjectNode) resource("/dossier/sample-dossier.json");
    }

    public static JsonNode resource(String path) {
        try (InputStream in = SampleDossier.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode with(String pointer, Object value) {
        return with(json(), pointer, value);
    }

    public static ObjectNode with(ObjectNode dossier, String pointer, Object value) {
        JsonPointer path = JsonPointer.compile(pointer);
        ((ObjectNode) dossier.at(path.head())).set(path.last().getMatchingProperty(), JSON.valueToTree(value));
        return dossier;
    }

    public static ObjectNode without(String pointer) {
        ObjectNode dossier = json();
        JsonPointer path = JsonPointer.compile(pointer);
        ((ObjectNode) dossier.at(path.head())).remove(path.last().getMatchingProperty());
        return dossier;
    }

    public static Dossier read(JsonNode dossier) throws InvalidDossierException {
        return new DossierReader().read(dossier);
    }

    public static Dossier dossier() {
        return readValid(json());
    }

    public static Dossier readValid(JsonNode dossier) {
        try {
            return read(dossier);
        } catch (InvalidDossierException e) {
            throw new AssertionError("sample variant should be valid: " + e.getMessage(), e);
        }
    }
}
