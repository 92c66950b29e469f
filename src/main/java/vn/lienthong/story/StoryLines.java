package vn.lienthong.story;

import java.util.List;
import vn.lienthong.platform.ReasonCode;

/**
 * The lines of a dossier's story as message codes ({@code reason.story.*}); the database's failure trigger writes
 * {@code story.failed} itself, with the failure's own reason as its last argument.
 */
public enum StoryLines implements ReasonCode {
    SUPERSEDED("story.superseded"),
    ALREADY_DELIVERED("story.already-delivered"),
    PUSHED_CREATED("story.pushed-created", "hash"),
    PUSHED_UPDATED("story.pushed-updated", "hash"),
    STEPS_SENT("story.steps-sent", "upTo"),
    RE_READ("story.re-read"),
    RELEASED("story.released", "actor"),
    REPLAYED("story.replayed", "actor", "mode", "outcome", "detail"),
    REPLAYED_IN_JOB("story.replayed-in-job", "actor", "job", "mode", "outcome", "detail"),
    VERIFIED_MATCH("story.verified-match", "system"),
    VERIFIED_MISMATCH("story.verified-mismatch", "system", "fields"),
    VERIFIED_NOT_FOUND("story.verified-not-found", "system"),
    FAILED("story.failed", "stage", "reasonClass", "reason");

    private final Spec spec;

    StoryLines(String code, String... params) {
        this.spec = Spec.of(code, params);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
