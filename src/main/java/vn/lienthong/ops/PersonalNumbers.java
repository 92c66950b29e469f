package vn.lienthong.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Identifiers;
import vn.lienthong.failures.FailureAttempt;
import vn.lienthong.failures.FailureDetails;
import vn.lienthong.failures.FailureSummary;
import vn.lienthong.story.StoryEntry;

/**
 * Hides personal numbers from viewers: every identity number field of a record, and any run of 9 to 12 digits
 * in its text (a CCCD, CMND or phone number, well-formed or not, wherever it sits; not a 14-digit portal
 * time), keep only their last four.
 */
@Component
public class PersonalNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d{9,12}(?!\\d)");

    private final ObjectMapper json;

    public PersonalNumbers(ObjectMapper json) {
        this.json = json;
    }

    /** Failures as the caller may see them: in full for operators, masked for viewers (API and console alike). */
    public static List<FailureSummary> visible(List<FailureSummary> failures, HttpServletRequest request) {
        return Operators.seesPersonalNumbers(request) ? failures
                : failures.stream().map(f -> f.masked(PersonalNumbers::maskText)).toList();
    }

    /** One failure in full as the caller may see it: its record and reasons masked for viewers. */
    public FailureDetails visible(FailureDetails details, HttpServletRequest request) {
        if (Operators.seesPersonalNumbers(request)) {
            return details;
        }
        return new FailureDetails(details.failure().masked(PersonalNumbers::maskText), maskRecord(details.record()),
                details.attempts().stream().map(a -> a.masked(PersonalNumbers::maskText)).toList());
    }

    /** A dossier's story as the caller may see it: details masked for viewers. */
    public static List<StoryEntry> visibleStory(List<StoryEntry> story, HttpServletRequest request) {
        if (Operators.seesPersonalNumbers(request)) {
            return story;
        }
        return story.stream().map(e -> new StoryEntry(e.version(), e.at(), e.kind(), maskText(e.detail()), e.detailCode(),
                maskArgs(e.detailArgs()))).toList();
    }

    public static String maskText(String text) {
        return text == null ? null : DIGIT_RUN.matcher(text).replaceAll(m -> Identifiers.mask(m.group()));
    }

    /** A reason's arguments with their personal numbers masked (in their order), also in a reason held as one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> maskArgs(Map<String, Object> args) {
        Map<String, Object> masked = new java.util.LinkedHashMap<>();
        args.forEach((name, value) -> masked.put(name, value instanceof String s ? maskText(s)
                : value instanceof Map<?, ?> nested ? maskArgs((Map<String, Object>) nested) : value));
        return masked;
    }

    /** The record with its personal numbers masked; a record that is not JSON is masked as text. */
    public String maskRecord(String record) {
        try {
            JsonNode tree = json.readTree(record);
            return json.writeValueAsString(mask(tree));
        } catch (Exception notJson) {
            return maskText(record);
        }
    }

    private JsonNode mask(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(maskText(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean identity = field.getKey().toLowerCase().contains("identitynumber");
                field.setValue(identity && !field.getValue().isNull()
                        ? TextNode.valueOf(Identifiers.mask(field.getValue().asText())) : mask(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, mask(node.get(i)));
            }
        }
        return node;
    }
}
