package vn.lienthong.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why something failed, for people in either language: a message code ({@code reason.<code>} in
 * i18n/console*.properties), its named arguments in the message's order, and the English text the API returns.
 * A reason without a code (an older row, an unforeseen exception) is only its text.
 */
public record Reason(String code, Map<String, Object> args, String text) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Reason {
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** Text only: no message code (the console shows it as it is). */
    public static Reason uncoded(String text) {
        return new Reason(null, Map.of(), text);
    }

    /** The same reason with other English text (a prefix naming the system, a field): code and arguments kept. */
    public Reason withText(String other) {
        return new Reason(code, args, other);
    }

    /** This reason as another reason's argument ({code, args, text}), as the console and the CLI say nested reasons. */
    public Map<String, Object> asArgument() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("code", code);
        nested.put("args", args);
        nested.put("text", text);
        return nested;
    }

    /** The arguments in the message's order, as {@link java.text.MessageFormat} takes them. */
    public Object[] argArray() {
        return args.values().toArray();
    }

    /** The arguments as stored (a JSON object whose key order is the message's argument order); null without a code. */
    public String argsJson() {
        try {
            return code == null ? null : JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Arguments read back from {@link #argsJson()} in their order; an empty map for null. */
    public static Map<String, Object> argsOf(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
