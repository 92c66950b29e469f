package vn.lienthong.console.internal;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Reason;

/**
 * Stored reasons and run summaries in the page's language, for the templates: ${@consoleWords.reason(...)}.
 * A row without a code (written before codes), or with a code the messages do not know, shows its English text.
 */
@Component("consoleWords")
public class ConsoleWords {

    private final MessageSource messages;

    public ConsoleWords(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(String code, Map<String, Object> args, String text) {
        if (code == null) {
            return text;
        }
        try {
            String said = messages.getMessage("reason." + code, values(args), null, LocaleContextHolder.getLocale());
            return said == null ? text : said;
        } catch (IllegalArgumentException wrongArguments) {
            return text; // arguments that do not fit the message (a number where it wants text): the stored text
        }
    }

    /** A stored reason as read back by the API ({@code Reason}) or from a row: code, arguments, text. */
    public String reason(Reason reason) {
        return reason == null ? null : reason(reason.code(), reason.args(), reason.text());
    }

    /** The arguments in order; one that is itself a reason ({code, args, text}, as a story line holds) is said first. */
    private Object[] values(Map<String, Object> args) {
        if (args == null) {
            return new Object[0];
        }
        return args.values().stream().map(v -> v instanceof Map<?, ?> nested && nested.containsKey("text")
                ? reason((String) nested.get("code"), argsOf(nested.get("args")), String.valueOf(nested.get("text")))
                : v).toArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> argsOf(Object args) {
        return args instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
