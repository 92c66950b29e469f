package vn.lienthong.ops;

import java.util.List;
import vn.lienthong.failures.FailedRecord;

/**
 * Replays one flow's failures through that flow's normal path (its queue, ordering, idempotency and circuit
 * breakers). A flow plugs in by being a bean; {@link Replays} finds it by {@link #flow()}.
 */
public interface FlowReplayer {

    /** The failed_sync.flow this replayer handles. */
    String flow();

    /** Decides, per failure, what to send again: the stored record, or the record re-read at its source. Writes nothing. */
    List<ReplayPlan> plan(List<FailedRecord> failures);

    /** Inside the replay's database transaction: readies the flow's own bookkeeping for these resends. */
    void prepare(List<Resend> resends);

    /** After that transaction committed: puts them on the normal path; the same duplicate id twice must be harmless. */
    void send(List<Resend> resends);
}
