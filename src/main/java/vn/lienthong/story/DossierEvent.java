package vn.lienthong.story;

import vn.lienthong.platform.Reason;

/**
 * One thing the gateway did with a dossier, for its story: which version, what happened (a {@link Kind}'s
 * wire name, or a flow's own kind such as "population-verified"), and a short detail a person can read
 * (a {@link StoryLines} code with its arguments and English text; null when the kind says it all).
 */
public record DossierEvent(String code, Long version, String kind, Reason detail) {

    public static DossierEvent of(String code, Long version, Kind kind, Reason detail) {
        return new DossierEvent(code, version, kind.wireName(), detail);
    }

    /** The kinds the sync spine and the operations API record; failures come from failed_sync itself. */
    public enum Kind {
        PULLED, SUPERSEDED, PUSHED, DELIVERED, REPLAYED, RELEASED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
