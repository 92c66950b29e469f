package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.ops.FlowReplayer;
import vn.lienthong.ops.ReplayPlan;
import vn.lienthong.ops.ReplayReasons;
import vn.lienthong.ops.Resend;

/**
 * Replays refused look-ups (flow {@value VerificationRecorder#FLOW}): the look-up goes back into
 * verification_task as due, in the replay's transaction, so the look-up route takes it again under its
 * circuit breaker, bulkhead and rate limit. Verified, the failure is resolved; refused again, it counts an
 * attempt (and the loop guard applies). The resend key is {@code system:code:version}.
 */
@Component
public class VerificationReplayer implements FlowReplayer {

    private final VerificationTasks tasks;
    private final ObjectMapper json;
    private final DossierReader reader = new DossierReader();

    public VerificationReplayer(VerificationTasks tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    public String flow() {
        return VerificationRecorder.FLOW;
    }

    @Override
    public List<ReplayPlan> plan(List<FailedRecord> failures) {
        List<ReplayPlan> plans = new ArrayList<>(failures.size());
        for (FailedRecord failure : failures) {
            String key = failure.system() + ":" + failure.code() + ":" + (failure.version() == null ? 0 : failure.version());
            if (failure.record() == null || failure.code() == null || task(key, failure.record()).isEmpty()) {
                plans.add(ReplayPlan.skip(failure, "resend",
                        ReplayReasons.LOOKUP_UNREADABLE.reason("no readable stored look-up to try again")));
            } else {
                plans.add(new ReplayPlan(failure, "resend", ReplayPlan.Action.RESEND, key, failure.record(),
                        ReplayReasons.LOOKUP_DUE.reason("the look-up in " + failure.system() + " is due again",
                                failure.system())));
            }
        }
        return plans;
    }

    @Override
    public void prepare(List<Resend> resends) {
        tasks.requeue(resends.stream().flatMap(r -> task(r.key(), r.payload()).stream()).toList());
    }

    /** Nothing to send: prepare made the look-ups due, and the look-up route takes them once this commits. */
    @Override
    public void send(List<Resend> resends) {
    }

    private Optional<VerificationTask> task(String resendKey, String record) {
        String[] key = resendKey.split(":");
        try {
            LookupSource source = LookupSource.of(key[0]);
            String fingerprint = VerificationPlan.fingerprint(source, reader.read(json.readTree(record)));
            return Optional.of(new VerificationTask(key[1], source, Long.parseLong(key[2]), fingerprint, record, 0));
        } catch (JsonProcessingException | InvalidDossierException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
