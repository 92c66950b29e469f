package vn.lienthong.sync.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Reason;
import vn.lienthong.story.DossierEvent;
import vn.lienthong.story.DossierEvent.Kind;
import vn.lienthong.story.DossierEvents;
import vn.lienthong.story.StoryLines;
import vn.lienthong.sync.QueuedDossier;

/**
 * The sync spine's lines in each dossier's story, written in the transactions that record the outcomes they
 * tell of. (Failures reach the story from failed_sync itself.)
 */
@Component
class SyncStory {

    private final DossierEvents events;

    SyncStory(DossierEvents events) {
        this.events = events;
    }

    void pulled(List<QueuedDossier> queued) {
        events.record(queued.stream().map(q -> event(q, Kind.PULLED, null)).toList());
    }

    void planned(DeliveryPlan plan) {
        List<DossierEvent> lines = new ArrayList<>();
        plan.superseded().forEach(q -> lines.add(event(q, Kind.SUPERSEDED,
                StoryLines.SUPERSEDED.reason("a newer version is on its way or delivered"))));
        plan.alreadyDelivered().forEach(q -> lines.add(event(q, Kind.DELIVERED,
                StoryLines.ALREADY_DELIVERED.reason("the portal already had it"))));
        events.record(lines);
    }

    void progressed(DeliveryProgress progress) {
        List<DossierEvent> lines = new ArrayList<>();
        progress.pushed().forEach(p -> lines.add(event(p.delivery().source(), Kind.PUSHED, pushed(p))));
        Map<String, OffsetDateTime> steps = progress.stepsSentUpTo();
        progress.completed().forEach(q -> lines.add(event(q, Kind.DELIVERED,
                steps.containsKey(q.code()) ? StoryLines.STEPS_SENT.reason("handling steps sent up to " + steps.get(q.code()),
                        String.valueOf(steps.get(q.code()))) : null)));
        events.record(lines);
    }

    /** "DVCQG created, hash 3f2a...": the portal's answer and the first 12 characters of the hash sent. */
    private static Reason pushed(DeliveryProgress.Pushed p) {
        String hash = p.delivery().contentHash().substring(0, 12);
        return ("updated".equals(p.outcome()) ? StoryLines.PUSHED_UPDATED : StoryLines.PUSHED_CREATED)
                .reason("DVCQG " + p.outcome() + ", hash " + hash, hash);
    }

    private static DossierEvent event(QueuedDossier q, Kind kind, Reason detail) {
        return DossierEvent.of(q.code(), q.version(), kind, detail);
    }
}
