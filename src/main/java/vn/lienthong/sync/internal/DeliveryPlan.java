package vn.lienthong.sync.internal;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.sync.QueuedDossier;

/**
 * What a batch taken from the queue comes to: what to send, what the portal already has in full, what is
 * outdated by a newer version, and what is invalid.
 */
public record DeliveryPlan(
        List<Delivery> deliveries,
        List<QueuedDossier> alreadyDelivered,
        List<QueuedDossier> superseded,
        List<Rejection> rejections) {

    public static final int PORTAL_BATCH = 50;

    /** Deliveries in portal-sized batches (DongBoHoSoMC takes at most 50). */
    public List<List<Delivery>> chunks() {
        List<List<Delivery>> chunks = new ArrayList<>();
        for (int from = 0; from < deliveries.size(); from += PORTAL_BATCH) {
            chunks.add(deliveries.subList(from, Math.min(from + PORTAL_BATCH, deliveries.size())));
        }
        return chunks;
    }
}
