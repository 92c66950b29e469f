package vn.lienthong.sync.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.sync.QueuedDossier;

/**
 * What the portal has accepted so far for one batch, call by call, so that a failure half-way keeps what
 * went through: pushed dossiers, handling steps sent, refusals, and dossiers now complete at the portal.
 */
final class DeliveryProgress {

    private final List<Pushed> pushed = new ArrayList<>();
    private final Set<String> pushedCodes = new HashSet<>();
    private final Map<String, OffsetDateTime> stepsSentUpTo = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<QueuedDossier> completed = new ArrayList<>();

    record Pushed(Delivery delivery, String outcome) {
    }

    void pushed(Delivery delivery, String outcome) {
        pushed.add(new Pushed(delivery, outcome));
        pushedCodes.add(delivery.code());
    }

    boolean isOnPortal(Delivery delivery) {
        return !delivery.push() || pushedCodes.contains(delivery.code());
    }

    void stepSettled(Delivery delivery, OffsetDateTime at) {
        stepsSentUpTo.merge(delivery.code(), at, (a, b) -> a.isAfter(b) ? a : b);
    }

    void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    void completed(Delivery delivery) {
        completed.add(delivery.source());
    }

    List<Pushed> pushed() {
        return pushed;
    }

    Map<String, OffsetDateTime> stepsSentUpTo() {
        return stepsSentUpTo;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    List<QueuedDossier> completed() {
        return completed;
    }
}
