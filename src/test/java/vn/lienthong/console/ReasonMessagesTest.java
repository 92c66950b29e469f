package vn.lienthong.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.lienthong.console.internal.ConsoleWebConfig;
import vn.lienthong.console.internal.ConsoleWords;
import vn.lienthong.dossier.DossierReasons;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ReasonCode;
import vn.lienthong.story.StoryLines;

/** Every reason code the gateway can store has its words in Vietnamese and English, with the same arguments. */
public class ReasonMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void shouldSayEveryReasonCodeInBothLanguagesWithItsArguments() throws Exception {
        List<ReasonCode> codes = allCodes();
        assertThat(codes).as("codes found by scanning").hasSizeGreaterThan(70).contains(DossierReasons.CCCD_BIRTH_YEAR_MISMATCH)
                .contains(ConfigurationReasons.AUTHENTICATION_REFUSED, StoryLines.FAILED);
        assertThat(codes).extracting(ReasonCode::code).as("finding details, payment actions and run failures found too")
                .contains("reconcile.not-at-portal", "payment-action.confirmation-queued", "payment-run.unavailable")
                .as("replay outcomes and look-up retry reasons found too")
                .contains("replay.skipped", "replay.record-erased", "lookup.transient", "lookup.circuit-open");
        for (ReasonCode code : codes) {
            for (Locale locale : List.of(ConsoleWebConfig.VIETNAMESE, Locale.ENGLISH)) {
                String pattern = messages.getMessage("reason." + code.code(), null, null, locale);
                assertThat(pattern).as("%s in %s", code.code(), locale).isNotNull();
                for (int i = 0; i < code.params().size(); i++) {
                    assertThat(pattern).as("%s in %s names %s as {%d}", code.code(), locale, code.params().get(i), i)
                            .containsPattern("\\{" + i + "[,}]");
                }
                Matcher used = ARGUMENT.matcher(pattern);
                while (used.find()) {
                    assertThat(Integer.parseInt(used.group(1))).as("%s in %s", code.code(), locale)
                            .isLessThan(code.params().size());
                }
                String said = new MessageFormat(pattern, locale).format(sample(pattern, code.params().size()));
                assertThat(said).as("%s in %s", code.code(), locale).doesNotContain("{");
            }
        }
    }

    /** A message without arguments is not run through MessageFormat by Spring: a doubled quote would show as two. */
    @Test
    void shouldSayACodeWithoutArgumentsAsItsMessageFormatWould() throws Exception {
        for (ReasonCode code : allCodes()) {
            for (Locale locale : List.of(ConsoleWebConfig.VIETNAMESE, Locale.ENGLISH)) {
                String raw = messages.getMessage("reason." + code.code(), null, null, locale);
                if (code.params().isEmpty()) {
                    assertThat(raw).as("%s in %s", code.code(), locale)
                            .isEqualTo(new MessageFormat(raw, locale).format(new Object[0]));
                }
            }
        }
    }

    @Test
    void shouldSayAStoryLineWithTheFailuresOwnReasonInThePagesLanguage() {
        ConsoleWords words = new ConsoleWords(messages);
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("field", "HoSo.MaTTHC");
        failure.put("value", "X1");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("code", "portal.procedure-code");
        nested.put("args", failure);
        nested.put("text", "HoSo.MaTTHC: \"X1\" is not a national procedure code");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("stage", "validation");
        line.put("reasonClass", "invalid");
        line.put("reason", nested);
        try {
            LocaleContextHolder.setLocale(ConsoleWebConfig.VIETNAMESE);
            assertThat(words.reason("story.failed", line, "validation invalid: ..."))
                    .isEqualTo("validation invalid: HoSo.MaTTHC: «X1» không phải mã thủ tục quốc gia dạng d.dddddd (MaTTHC)");
            nested.put("code", null);
            assertThat(words.reason("story.failed", line, "validation invalid: ..."))
                    .as("a failure stored without a code: its English inside the line")
                    .isEqualTo("validation invalid: HoSo.MaTTHC: \"X1\" is not a national procedure code");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void shouldSayAConfigurationFailureInBothLanguagesAndKeepItsEnglishText() {
        ConfigurationFailure failure = new ConfigurationFailure("land", ConfigurationReasons.AUTHENTICATION_REFUSED,
                "authentication refused (HTTP 401, AUTH bad signature)", 401, "AUTH bad signature");
        ConsoleWords words = new ConsoleWords(messages);
        assertThat(failure.reason().text()).isEqualTo(failure.getMessage())
                .startsWith("land: authentication refused (HTTP 401, AUTH bad signature)").contains("gateway.systems.land");
        try {
            LocaleContextHolder.setLocale(ConsoleWebConfig.VIETNAMESE);
            assertThat(words.reason(failure.reason())).startsWith("land: xác thực bị từ chối (HTTP 401, AUTH bad signature)")
                    .contains("gateway.systems.land");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(words.reason(failure.reason())).startsWith("land: authentication refused (HTTP 401, AUTH bad signature)");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void shouldSayAReasonInThePagesLanguageAndFallBackToItsStoredText() {
        ConsoleWords words = new ConsoleWords(messages);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("field", "applicant.identityNumber");
        args.put("year", "2003");
        args.put("birthDate", "1990-05-14");
        args.put("masked", "********4512");
        String stored = "applicant.identityNumber: CCCD encodes birth year 2003 but birthDate is 1990-05-14 (********4512)";
        try {
            LocaleContextHolder.setLocale(ConsoleWebConfig.VIETNAMESE);
            assertThat(words.reason("cccd.birth-year-mismatch", args, stored))
                    .isEqualTo("applicant.identityNumber: CCCD mã hoá năm sinh 2003 nhưng ngày sinh là 1990-05-14 (********4512)");
            assertThat(words.reason(null, Map.of(), "an older row")).as("no code: its text").isEqualTo("an older row");
            assertThat(words.reason("no.such-code", args, stored)).as("an unknown code: its text").isEqualTo(stored);
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(words.reason("cccd.birth-year-mismatch", args, stored)).isEqualTo(stored);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Every enum implementing ReasonCode under vn.lienthong: a new area's codes are checked without listing them here. */
    static List<ReasonCode> allCodes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ReasonCode.class));
        List<ReasonCode> codes = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("vn.lienthong")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add((ReasonCode) constant);
                }
            }
        }
        return codes;
    }

    private static Object[] sample(String pattern, int size) {
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            values[i] = Pattern.compile("\\{" + i + ",(number|choice)").matcher(pattern).find() ? (Object) 1L : "x" + i;
        }
        return values;
    }
}
