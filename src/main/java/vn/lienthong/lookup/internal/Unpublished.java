package vn.lienthong.lookup.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A verification not yet fully published: to write back to the province and/or to get into the portal's
 * DSKetNoiCSDL. After the publish step, {@code writtenBack} and {@code current} (the dossier's state to queue
 * again, or null) say what was done.
 */
public record Unpublished(String code, String source, String result, List<String> mismatchedFields, String reference,
        String checkedAt, boolean needsWriteBack, boolean needsRepush, boolean writtenBack, JsonNode current,
        String refusal) {

    Unpublished done(boolean written, JsonNode state, String refused) {
        return new Unpublished(code, source, result, mismatchedFields, reference, checkedAt, needsWriteBack, needsRepush,
                written, state, refused);
    }
}
