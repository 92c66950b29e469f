package vn.lienthong.dossier.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.lienthong.platform.VietnamTime;

/** The date formats a real provincial feed sends; a value without offset is Vietnam time. */
public final class DossierDates {

    public static final String ACCEPTED_FORMATS =
            "ISO-8601 with offset, yyyy-MM-dd, dd/MM/yyyy, yyyy-MM-dd HH:mm:ss, yyyyMMddHHmmss";

    private static final DateTimeFormatter SPACED = strict("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter COMPACT = strict("uuuuMMddHHmmss");
    private static final DateTimeFormatter SLASHED = strict("dd/MM/uuuu");
    private static final List<Function<String, LocalDateTime>> LOCAL_FORMATS = List.of(
            value -> LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            value -> LocalDateTime.parse(value, SPACED),
            value -> LocalDateTime.parse(value, COMPACT),
            value -> LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(),
            value -> LocalDate.parse(value, SLASHED).atStartOfDay());
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private DossierDates() {
    }

    public static Optional<OffsetDateTime> parseDateTime(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).withOffsetSameInstant(VietnamTime.OFFSET));
        } catch (DateTimeParseException notWithOffset) {
            return parseLocalDateTime(value).map(local -> local.atOffset(VietnamTime.OFFSET));
        }
    }

    /** A birth date as {@code yyyy-MM-dd}, or {@code yyyy} when only the year is known. */
    public static Optional<String> parseBirthDate(String value) {
        if (YEAR.matcher(value).matches()) {
            return Optional.of(value);
        }
        return parseDateTime(value).map(dateTime -> dateTime.toLocalDate().toString());
    }

    private static Optional<LocalDateTime> parseLocalDateTime(String value) {
        return LOCAL_FORMATS.stream().flatMap(format -> attempt(format, value).stream()).findFirst();
    }

    private static Optional<LocalDateTime> attempt(Function<String, LocalDateTime> format, String value) {
        try {
            return Optional.of(format.apply(value));
        } catch (DateTimeParseException notThisFormat) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
