package vn.lienthong.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every message a page names exists (a missing one shows as ??key??). */
class ConsoleMessagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/console");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    @Test
    void shouldHaveTheSameKeysInVietnameseAndEnglish() throws IOException {
        assertThat(load("console_en.properties").stringPropertyNames())
                .isEqualTo(load("console.properties").stringPropertyNames());
    }

    @Test
    void shouldHaveEveryMessageTheTemplatesName() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher key = KEY.matcher(Files.readString(template));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(load("console.properties").stringPropertyNames()).containsAll(named);
    }

    /** The findings' kinds come from the code (and the database), not from the pages: each needs its words. */
    @Test
    void shouldNameEveryKindOfFindingInBothLanguages() throws IOException {
        for (String file : new String[] {"console.properties", "console_en.properties"}) {
            Set<String> keys = load(file).stringPropertyNames();
            assertThat(keys).containsAll(vn.lienthong.reconcile.RunViews.FINDING_KINDS.stream().map(k -> "finding." + k).toList())
                    .containsAll(vn.lienthong.payments.PaymentReconciliations.KINDS.stream().map(k -> "pfinding." + k).toList());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
