package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dossier as the generator made it: its clean state, and the defect (or null) every served version carries.
 * The clean {@code code} is always present and identifies the dossier even when the defect removes it.
 */
public record GeneratedDossier(ObjectNode clean, Defect defect, long defectSeed) {

    public String key() {
        return clean.get("code").asText();
    }

    /** The code the provincial system serves it under; null when its defect is a missing code. */
    public String servedCode() {
        return defect == Defect.MISSING_CODE ? null : key();
    }

    /** The dossier as the provincial system serves it: the clean state with its defect applied. */
    public ObjectNode served(ObjectNode cleanState) {
        ObjectNode served = cleanState.deepCopy();
        if (defect != null) {
            defect.applyTo(served, defectSeed);
        }
        return served;
    }
}
