package vn.lienthong.simulator.dvcqg;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Set;

/** The portal's checks on single values; each answers the offending field's message, or null. */
final class FieldRules {

    static final Set<String> TRANG_THAI = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    private static final DateTimeFormatter PORTAL_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private FieldRules() {
    }

    /** Values are strings, lists or objects, never numbers, booleans or null. */
    static String onlyStrings(JsonNode node, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String violation = onlyStrings(field.getValue(), path.isEmpty() ? field.getKey()
                        : path + "." + field.getKey());
                if (violation != null) {
                    return violation;
                }
            }
            return null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String violation = onlyStrings(node.get(i), path + "[" + i + "]");
                if (violation != null) {
                    return violation;
                }
            }
            return null;
        }
        return node.isTextual() ? null : path + " phải là chuỗi ký tự";
    }

    static String required(JsonNode parent, String field) {
        return parent.path(field).asText("").isBlank() ? field + " không được để trống" : null;
    }

    static String oneOf(JsonNode parent, String field, Set<String> allowed, boolean required) {
        JsonNode value = parent.get(field);
        if (value == null) {
            return required ? field + " không được để trống" : null;
        }
        return allowed.contains(value.asText()) ? null : field + " không hợp lệ";
    }

    /** A date is {@code yyyyMMddHHmmss} or empty. */
    static String date(JsonNode parent, String field, boolean required) {
        String value = parent.path(field).asText("");
        if (value.isEmpty()) {
            return required ? field + " không được để trống" : null;
        }
        return time(value) == null ? field + " không hợp lệ" : null;
    }

    static String maxLength(JsonNode parent, String field, int max) {
        String value = parent.path(field).asText("");
        return value.codePointCount(0, value.length()) > max
                ? field + " vượt quá " + max + " ký tự" : null;
    }

    static LocalDateTime time(String value) {
        try {
            return LocalDateTime.parse(value, PORTAL_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first violation of the list, or null. */
    static String first(String... violations) {
        for (String violation : violations) {
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }
}
