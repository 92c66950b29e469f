package vn.lienthong.story;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One line of a dossier's story as the operations API shows it: the detail in English, and its message code
 * and arguments (null and empty for lines written before codes) for a reader in another language.
 */
public record StoryEntry(Long version, OffsetDateTime at, String kind, String detail, String detailCode,
                         Map<String, Object> detailArgs) {
}
