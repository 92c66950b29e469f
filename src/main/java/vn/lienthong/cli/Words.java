package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Reasons and summaries in the operator's language, from the console's messages (i18n/console*.properties):
 * Vietnamese unless --lang en (or LANG starting with en). A reason without a code, or with a code the messages
 * do not know, is printed as the API's English text.
 */
final class Words {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final Locale locale;

    Words(Locale locale) {
        this.locale = locale;
        messages.setBasename("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** From --lang or the LANG environment variable ("en_US.UTF-8", "vi_VN", "C.UTF-8"...). */
    static Words of(String lang) {
        return new Words(lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE);
    }

    /** A stored reason (code, arguments in order, English text) in this language. */
    String reason(JsonNode code, JsonNode args, String text) {
        if (code == null || !code.isTextual()) {
            return text;
        }
        String said = messages.getMessage("reason." + code.asText(), values(args), null, locale);
        return said == null ? text : said;
    }

    /** The row's reason (reasonCode, reasonArgs, reason) in this language, in place. */
    JsonNode sayReasons(JsonNode rows) {
        return say(rows, "reason", "reasonCode", "reasonArgs");
    }

    /** Each row's {@code field} in this language, from its code and arguments in the row's other two fields, in place. */
    JsonNode say(JsonNode rows, String field, String codeField, String argsField) {
        for (JsonNode row : rows) {
            if (row instanceof ObjectNode item && item.hasNonNull(field)) {
                item.put(field, reason(item.get(codeField), item.get(argsField), item.path(field).asText(null)));
            }
        }
        return rows;
    }

    /** A message of the console's files with its arguments. */
    String say(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The arguments in order; one that is itself a reason ({code, args, text}, as a story line holds) is said first. */
    private Object[] values(JsonNode args) {
        List<Object> values = new ArrayList<>();
        if (args != null) {
            args.forEach(v -> values.add(v.isObject() && v.has("text") ? reason(v.get("code"), v.get("args"), v.path("text").asText())
                    : v.isNumber() ? v.numberValue() : v.isNull() ? null : v.asText()));
        }
        return values.toArray();
    }
}
