package vn.lienthong.simulator.generator;

/**
 * What the gateway must do with one generated dossier. {@code key} is its code, or, when the defect removed
 * the code, the code it would have had; {@code code} is what the feed carries (null when missing).
 */
public record Expectation(String key, String code, boolean mustAccept, Defect defect) {

    public static Expectation of(GeneratedDossier dossier) {
        boolean accept = dossier.defect() == null || dossier.defect().normalisable();
        return new Expectation(dossier.key(), dossier.servedCode(), accept, dossier.defect());
    }
}
