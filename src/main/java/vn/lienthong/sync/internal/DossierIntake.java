package vn.lienthong.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.provincial.ChangePage;
import vn.lienthong.provincial.ProvincialClient;
import vn.lienthong.sync.IntakeListener;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SyncQueue;

/**
 * Takes one page of the change feed onto the durable queue. New versions are recorded, queued in one
 * broker transaction, and only then is the cursor advanced, all inside one database transaction: a crash
 * at any point re-reads the page, and the broker's duplicate detection absorbs what was already queued.
 */
@Component
public class DossierIntake {

    private final SyncVersions versions;
    private final SyncQueue queue;
    private final FeedCursor cursor;
    private final SyncMetrics metrics;
    private final RetryAfterGate retryAfter;
    private final SyncStory story;
    private final long maxQueued;
    private final List<IntakeListener> listeners;
    private final UnstorableItems unstorable;

    public DossierIntake(SyncVersions versions, SyncQueue queue, FeedCursor cursor, SyncMetrics metrics,
            RetryAfterGate retryAfter, SyncStory story, @Value("${gateway.feed.max-queued:5000}") long maxQueued,
            List<IntakeListener> listeners, UnstorableItems unstorable) {
        this.listeners = listeners;
        this.unstorable = unstorable;
        this.versions = versions;
        this.queue = queue;
        this.cursor = cursor;
        this.metrics = metrics;
        this.retryAfter = retryAfter;
        this.story = story;
        this.maxQueued = maxQueued;
    }

    /**
     * Pull only when the provincial system has not asked us to wait (Retry-After) and, for back-pressure,
     * fewer than {@code gateway.feed.max-queued} versions wait for delivery; the province keeps the rest.
     */
    public boolean mayPull() {
        return !retryAfter.isHeld(ProvincialClient.SYSTEM) && versions.queued() < maxQueued;
    }

    @Transactional
    public IntakeResult accept(ChangePage page) {
        Map<String, QueuedDossier> distinct = new LinkedHashMap<>();
        Map<String, JsonNode> items = new LinkedHashMap<>();
        // a code the database cannot store would fail the whole page, and the feed would stop on it
        for (JsonNode item : unstorable.storable(page.items())) {
            QueuedDossier queued = identify(item);
            distinct.putIfAbsent(queued.key(), queued);
            items.putIfAbsent(queued.key(), item);
        }
        Set<String> fresh = versions.recordPulled(distinct.values());
        List<QueuedDossier> toQueue = new ArrayList<>(fresh.size());
        List<JsonNode> freshItems = new ArrayList<>(fresh.size());
        for (QueuedDossier item : distinct.values()) {
            if (fresh.contains(item.key())) {
                toQueue.add(item);
                freshItems.add(items.get(item.key()));
            }
        }
        story.pulled(toQueue);
        listeners.forEach(listener -> listener.pulled(freshItems));
        queue.sendAll(toQueue);
        cursor.advance(page.nextCursor());
        metrics.pulled(toQueue.size());
        return new IntakeResult(page.items().size(), toQueue.size(), page.hasMore());
    }

    /** A record without a usable code or version still gets a stable identity, so it is kept, not dropped. */
    static QueuedDossier identify(JsonNode item) {
        String raw = item.toString();
        JsonNode code = item.get("code");
        JsonNode version = item.get("version");
        boolean usable = code != null && code.isTextual() && !code.asText().isBlank()
                && version != null && version.canConvertToLong();
        if (usable) {
            return new QueuedDossier(code.asText(), version.asLong(), raw, 1);
        }
        return unidentified(raw);
    }

    /** The identity of a record kept under its content alone. */
    static QueuedDossier unidentified(String raw) {
        return new QueuedDossier("#unidentified-" + sha256(raw).substring(0, 20), 0, raw, 1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
