package vn.lienthong.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.failures.FailedRecord;
import vn.lienthong.ops.internal.ReplayRecorder;

/**
 * Replays failures through their flow's {@link FlowReplayer}: plans them (re-reading the source where the data
 * was wrong), records each replay and readies the flow in one transaction, then sends. What was recorded but
 * not yet sent (a crash in between) is sent again later under the same duplicate id.
 */
@Component
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final Map<String, FlowReplayer> replayers;
    private final ReplayRecorder recorder;
    private final TransactionTemplate tx;

    public Replays(List<FlowReplayer> replayers, ReplayRecorder recorder, TransactionTemplate tx) {
        this.replayers = replayers.stream().collect(Collectors.toMap(FlowReplayer::flow, Function.identity()));
        this.recorder = recorder;
        this.tx = tx;
    }

    /** Replays failures now, for a person or for a job (jobId null for a single replay); one outcome each. */
    public List<ReplayOutcome> replay(List<FailedRecord> failures, String actor, Long jobId) {
        Map<String, List<FailedRecord>> byFlow = failures.stream()
                .collect(Collectors.groupingBy(FailedRecord::flow, LinkedHashMap::new, Collectors.toList()));
        List<ReplayOutcome> outcomes = new ArrayList<>();
        byFlow.forEach((flow, group) -> {
            FlowReplayer replayer = replayers.get(flow);
            List<ReplayPlan> plans = replayer == null
                    ? group.stream().map(f -> ReplayPlan.skip(f, "none",
                            ReplayReasons.NO_REPLAYER.reason("no replayer for flow " + flow, flow))).toList()
                    : replayer.plan(group);
            ReplayRecorder.Recorded recorded = tx.execute(s -> {
                ReplayRecorder.Recorded r = recorder.record(plans, actor, jobId);
                if (replayer != null) {
                    replayer.prepare(r.resends());
                }
                return r;
            });
            send(replayer, recorded.resends());
            outcomes.addAll(recorded.outcomes());
        });
        return outcomes;
    }

    /** Sends what a crash left recorded but unsent (the broker drops it if it had it already). */
    public int sendUnsent() {
        Map<String, List<Resend>> unsent = recorder.unsent();
        unsent.forEach((flow, resends) -> send(replayers.get(flow), resends));
        return unsent.values().stream().mapToInt(List::size).sum();
    }

    private void send(FlowReplayer replayer, List<Resend> resends) {
        if (replayer == null || resends.isEmpty()) {
            return;
        }
        try {
            replayer.send(resends);
            recorder.markSent(resends);
        } catch (RuntimeException e) {
            log.warn("Replayed records not sent yet ({}); they are sent again shortly: {}", resends.size(), e.getMessage());
        }
    }
}
