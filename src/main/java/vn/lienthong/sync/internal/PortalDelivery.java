package vn.lienthong.sync.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.dvcqg.ItemResult;

/**
 * Pushes one batch to the portal: create what it has not seen (update on error 3/-3), update what it has
 * (create on error 2), then append the new handling steps in tens. Item results are handled per dossier.
 * Whatever the portal accepted is recorded even when a later call fails, so a retry resumes from there.
 */
@Component
public class PortalDelivery {

    static final int STEPS_PER_CALL = 10;

    private final DvcqgClient portal;
    private final SyncRecorder recorder;
    private final AtomicInteger inFlight = new AtomicInteger();

    public PortalDelivery(DvcqgClient portal, SyncRecorder recorder, MeterRegistry registry) {
        this.portal = portal;
        this.recorder = recorder;
        Gauge.builder("lienthong.portal.batches.in.flight", inFlight, AtomicInteger::get)
                .description("Portal batches being pushed right now").register(registry);
    }

    /** Portal batches being pushed right now: none may outlive the take they came from. */
    public int batchesInFlight() {
        return inFlight.get();
    }

    public void deliver(List<Delivery> chunk) {
        DeliveryProgress progress = new DeliveryProgress();
        inFlight.incrementAndGet();
        try {
            List<Delivery> updates = new ArrayList<>(chunk.stream().filter(d -> d.push() && d.knownAtPortal()).toList());
            List<Delivery> recreates = new ArrayList<>();
            push(chunk.stream().filter(d -> d.push() && !d.knownAtPortal()).toList(), false, progress, updates);
            push(updates, true, progress, recreates);
            push(recreates, false, progress, null);
            List<Delivery> onPortal = chunk.stream().filter(progress::isOnPortal).toList();
            appendSteps(onPortal, progress);
            onPortal.forEach(progress::completed);
        } finally {
            try {
                recorder.recordProgress(progress);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private void push(List<Delivery> batch, boolean updating, DeliveryProgress progress, List<Delivery> otherWay) {
        if (batch.isEmpty()) {
            return;
        }
        List<ItemResult> results = portal.syncDossiers(batch.stream().map(Delivery::hoSo).toList(), updating);
        for (int i = 0; i < batch.size(); i++) {
            Delivery delivery = batch.get(i);
            ItemResult result = results.get(i);
            boolean tryOtherWay = updating ? result.unknownDossier() : result.alreadyExists();
            if (result.ok()) {
                progress.pushed(delivery, updating ? "updated" : "created");
            } else if (tryOtherWay && otherWay != null) {
                otherWay.add(delivery);
            } else {
                progress.rejected(new Rejection(delivery.source(), Rejection.STAGE_PUSH, Rejection.PORTAL_REJECTED,
                        SyncReasons.PORTAL_REFUSED_DOSSIER.reason("HoSo: the portal refused the dossier with " + describe(result),
                                String.valueOf(result.code()), String.valueOf(result.message())),
                        delivery.hoSo().maTthc()));
            }
        }
    }

    private void appendSteps(List<Delivery> onPortal, DeliveryProgress progress) {
        List<Delivery> owners = new ArrayList<>();
        List<Delivery.PendingStep> steps = new ArrayList<>();
        for (Delivery delivery : onPortal) {
            for (Delivery.PendingStep step : delivery.pendingSteps()) {
                owners.add(delivery);
                steps.add(step);
            }
        }
        for (int from = 0; from < steps.size(); from += STEPS_PER_CALL) {
            int to = Math.min(from + STEPS_PER_CALL, steps.size());
            List<ItemResult> results = portal.appendSteps(
                    steps.subList(from, to).stream().map(Delivery.PendingStep::step).toList());
            for (int i = from; i < to; i++) {
                ItemResult result = results.get(i - from);
                Delivery owner = owners.get(i);
                if (!result.ok()) {
                    progress.rejected(new Rejection(owner.source(), Rejection.STAGE_PROGRESS, Rejection.PORTAL_REJECTED,
                            SyncReasons.PORTAL_REFUSED_STEP.reason("TienDo[" + steps.get(i).step().thoiDiemXuLy()
                                    + "]: the portal refused the handling step with " + describe(result),
                                    steps.get(i).step().thoiDiemXuLy(), String.valueOf(result.code()),
                                    String.valueOf(result.message())), owner.hoSo().maTthc()));
                }
                progress.stepSettled(owner, steps.get(i).at());
            }
        }
    }

    private static String describe(ItemResult result) {
        return "error_code " + result.code() + " (" + result.message() + ")";
    }
}
