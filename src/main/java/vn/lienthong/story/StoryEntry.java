package vn.lienthong.story;

import java.time.OffsetDateTime;

/** One line of a dossier's story as the operations API shows it. */
public record StoryEntry(Long version, OffsetDateTime at, String kind, String detail) {
}
