package vn.lienthong.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads one item of the provincial feed into a {@link Dossier}, or says exactly why it cannot. */
public class DossierReader {

    public static final int SUMMARY_LIMIT = 1000;

    public Dossier read(JsonNode item) throws InvalidDossierException {
        JsonFields dossier = new JsonFields(item, "");
        if (dossier.isAbsent() || !item.isObject()) {
            throw new InvalidDossierException("dossier", DossierReasons.NOT_AN_OBJECT, "must be a JSON object");
        }
        String code = dossier.requiredText("code");
        DossierCodes.requireStorable(code);
        Long version = dossier.wholeNumber("version");
        if (version == null) {
            throw new InvalidDossierException("version", DossierReasons.MISSING, "required but missing");
        }
        JsonFields procedure = dossier.object("procedure");
        JsonFields agency = dossier.object("agency");
        String summary = dossier.text("summary");
        TextLimit.requireAtMost("summary", summary, SUMMARY_LIMIT, "the portal");
        return new Dossier(
                code,
                version,
                dossier.dateTime("updatedAt"),
                new Dossier.Procedure(procedure.requiredText("code"), procedure.text("name"),
                        procedure.text("fieldCode"), procedure.text("fieldName")),
                dossier.enumValue("channel", Channel.class),
                requiredStatus(dossier),
                new Dossier.Agency(agency.text("code"), agency.text("name")),
                ApplicantReader.read(dossier.object("applicant")),
                summary,
                dossier.raw("parcel"),
                dossier.dateTime("appliedDate"),
                dossier.dateTime("acceptedDate"),
                dossier.dateTime("appointmentDate"),
                dossier.dateTime("completedDate"),
                dossier.dateTime("returnedDate"),
                dossier.dateTime("rejectedDate"),
                fees(dossier),
                documents(dossier),
                history(dossier));
    }

    private static DossierStatus requiredStatus(JsonFields dossier) throws InvalidDossierException {
        dossier.requiredText("status");
        return dossier.enumValue("status", DossierStatus.class);
    }

    private static List<Dossier.Fee> fees(JsonFields dossier) throws InvalidDossierException {
        List<Dossier.Fee> fees = new ArrayList<>();
        for (JsonFields fee : dossier.items("fees")) {
            fees.add(new Dossier.Fee(fee.text("code"), fee.text("name"), fee.enumValue("type", FeeType.class),
                    fee.wholeNumber("amount"), fee.enumValue("paymentMethod", PaymentMethod.class),
                    fee.enumValue("paymentStatus", PaymentStatus.class), fee.text("paymentRef"),
                    fee.text("transactionId"), fee.dateTime("paidAt")));
        }
        return List.copyOf(fees);
    }

    private static List<Dossier.Document> documents(JsonFields dossier) throws InvalidDossierException {
        List<Dossier.Document> documents = new ArrayList<>();
        for (JsonFields document : dossier.items("documents")) {
            documents.add(new Dossier.Document(document.text("componentCode"), document.text("fileName"),
                    document.text("url"), document.text("sha256"), document.flag("digitized")));
        }
        return List.copyOf(documents);
    }

    private static List<Dossier.Step> history(JsonFields dossier) throws InvalidDossierException {
        List<Dossier.Step> steps = new ArrayList<>();
        for (JsonFields step : dossier.items("history")) {
            steps.add(new Dossier.Step(step.text("handler"), step.text("position"), step.text("department"),
                    step.text("action"), step.enumValue("status", DossierStatus.class), step.dateTime("at"),
                    step.dateTime("stepDueAt")));
        }
        return List.copyOf(steps);
    }
}
