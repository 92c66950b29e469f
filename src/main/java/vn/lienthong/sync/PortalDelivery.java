package vn.lienthong.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.dvcqg.ItemResult;
import vn.lienthong.dvcqg.TienDo;

/**
 * Pushes one batch to the portal: create what it has not seen (update on error 3/-3), update what it has
 * (create on error 2), then append the new handling steps in tens. Item results are handled per dossier.
 */
@Component
public class PortalDelivery {

    static final int STEPS_PER_CALL = 10;

    private final DvcqgClient portal;

    public PortalDelivery(DvcqgClient portal) {
        this.portal = portal;
    }

    public ChunkOutcome deliver(List<Delivery> chunk) {
        List<ChunkOutcome.Delivered> delivered = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Delivery> creates = chunk.stream().filter(d -> !d.knownAtPortal()).toList();
        List<Delivery> updates = new ArrayList<>(chunk.stream().filter(Delivery::knownAtPortal).toList());
        List<Delivery> recreates = new ArrayList<>();

        push(creates, false, delivered, rejections, updates);
        push(updates, true, delivered, rejections, recreates);
        push(recreates, false, delivered, rejections, null);
        appendSteps(delivered, rejections);
        return new ChunkOutcome(delivered, rejections);
    }

    private void push(List<Delivery> batch, boolean updating, List<ChunkOutcome.Delivered> delivered,
            List<Rejection> rejections, List<Delivery> retryTheOtherWay) {
        if (batch.isEmpty()) {
            return;
        }
        List<ItemResult> results = portal.syncDossiers(batch.stream().map(Delivery::hoSo).toList(), updating);
        for (int i = 0; i < batch.size(); i++) {
            Delivery delivery = batch.get(i);
            ItemResult result = results.get(i);
            boolean otherWay = updating ? result.unknownDossier() : result.alreadyExists();
            if (result.ok()) {
                delivered.add(new ChunkOutcome.Delivered(delivery, updating ? "updated" : "created"));
            } else if (otherWay && retryTheOtherWay != null) {
                retryTheOtherWay.add(delivery);
            } else {
                rejections.add(rejected(delivery, Rejection.STAGE_PUSH, result));
            }
        }
    }

    private void appendSteps(List<ChunkOutcome.Delivered> delivered, List<Rejection> rejections) {
        List<TienDo> steps = new ArrayList<>();
        Map<TienDo, Delivery> owner = new LinkedHashMap<>();
        for (ChunkOutcome.Delivered d : delivered) {
            for (TienDo step : d.delivery().newSteps()) {
                steps.add(step);
                owner.put(step, d.delivery());
            }
        }
        Map<Delivery, List<String>> refused = new LinkedHashMap<>();
        for (int from = 0; from < steps.size(); from += STEPS_PER_CALL) {
            List<TienDo> call = steps.subList(from, Math.min(from + STEPS_PER_CALL, steps.size()));
            List<ItemResult> results = portal.appendSteps(call);
            for (int i = 0; i < call.size(); i++) {
                if (!results.get(i).ok()) {
                    refused.computeIfAbsent(owner.get(call.get(i)), k -> new ArrayList<>())
                            .add(describe(results.get(i)));
                }
            }
        }
        refused.forEach((delivery, reasons) -> rejections.add(new Rejection(delivery.source(), Rejection.STAGE_PROGRESS,
                Rejection.PORTAL_REJECTED, "Portal refused handling steps: " + String.join("; ", reasons),
                delivery.hoSo().maTthc())));
    }

    private static Rejection rejected(Delivery delivery, String stage, ItemResult result) {
        return new Rejection(delivery.source(), stage, Rejection.PORTAL_REJECTED,
                "Portal refused the dossier: " + describe(result), delivery.hoSo().maTthc());
    }

    private static String describe(ItemResult result) {
        return "error_code " + result.code() + " (" + result.message() + ")";
    }
}
