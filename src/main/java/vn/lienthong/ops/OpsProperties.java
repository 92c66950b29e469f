package vn.lienthong.ops;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.ops.*}: how replays run and when the loop guard stops them. (The story's retention,
 * {@code gateway.ops.story.retention}, is read by the story package.)
 */
@ConfigurationProperties("gateway.ops")
public record OpsProperties(
        @DefaultValue("3") int loopGuardReplays,
        @DefaultValue Replay replay) {

    /**
     * Replay rates in records per second (a job may ask for less than the maximum, never more), records taken
     * per step of a job, and the reason classes that mean "the data was wrong": those are re-read at the source,
     * waiting out transient faults for at most {@code giveUpAfter} without an answer (the job tries again at its
     * next poll).
     */
    public record Replay(
            @DefaultValue("50") int defaultRate,
            @DefaultValue("500") int maxRate,
            @DefaultValue("50") int chunk,
            @DefaultValue({"invalid-record", "portal-rejected"}) List<String> rereadReasonClasses,
            @DefaultValue("2m") Duration giveUpAfter) {
    }
}
