package vn.lienthong.console.internal;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

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
            String said = messages.getMessage("reason." + code, args == null ? new Object[0] : args.values().toArray(),
                    null, LocaleContextHolder.getLocale());
            return said == null ? text : said;
        } catch (IllegalArgumentException wrongArguments) {
            return text; // arguments that do not fit the message (a number where it wants text): the stored text
        }
    }
}
