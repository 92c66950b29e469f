package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.sync.IntakeListener;

/**
 * Records, with each feed page, which new or changed dossiers need a look-up: only the intake's database
 * transaction is shared with the sync; the look-ups themselves happen later, on their own routes. A
 * record the gateway cannot read is left to the sync, which keeps it in failed_sync with its reason.
 */
@Component
public class VerificationIntake implements IntakeListener {

    private final DossierReader reader = new DossierReader();
    private final VerificationPlan plan;
    private final VerificationTasks tasks;
    private final LookupsSettings settings;

    public VerificationIntake(VerificationPlan plan, VerificationTasks tasks, LookupsSettings settings) {
        this.plan = plan;
        this.tasks = tasks;
        this.settings = settings;
    }

    @Override
    public void pulled(List<JsonNode> freshItems) {
        if (!settings.enabled()) {
            return;
        }
        List<VerificationTask> todo = new ArrayList<>();
        for (JsonNode item : freshItems) {
            Dossier dossier = readable(item);
            if (dossier == null) {
                continue;
            }
            for (LookupSource source : plan.sources(dossier)) {
                todo.add(new VerificationTask(dossier.code(), source, dossier.version(),
                        VerificationPlan.fingerprint(source, dossier), item.toString(), 0));
            }
        }
        tasks.add(newestPerDossier(todo));
    }

    /** A page may hold two versions of a dossier: one statement cannot upsert the same row twice. */
    private static List<VerificationTask> newestPerDossier(List<VerificationTask> todo) {
        var newest = new java.util.LinkedHashMap<String, VerificationTask>();
        for (VerificationTask t : todo) {
            newest.merge(t.code() + "|" + t.source().system(), t, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    private Dossier readable(JsonNode item) {
        try {
            return reader.read(item);
        } catch (Exception invalid) {
            return null;
        }
    }
}
