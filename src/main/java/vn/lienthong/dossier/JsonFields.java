package vn.lienthong.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.lienthong.dossier.internal.DossierDates;
import vn.lienthong.dossier.internal.VietnameseText;
import vn.lienthong.dossier.internal.WireValue;

/** One JSON object of the feed, read field by field; every rejection names the field's full path. */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull();
    }

    String path(String name) {
        return path + name;
    }

    JsonFields object(String name) throws InvalidDossierException {
        JsonNode value = node.path(name);
        if (!isAbsent(value) && !value.isObject()) {
            throw new InvalidDossierException(path(name), DossierReasons.NOT_AN_OBJECT_FIELD,
                    "must be an object, got " + value.getNodeType(), value.getNodeType().toString());
        }
        return new JsonFields(value, path(name) + ".");
    }

    boolean isAbsent() {
        return isAbsent(node);
    }

    JsonNode raw(String name) {
        return isAbsent(node.get(name)) ? null : node.get(name);
    }

    List<JsonFields> items(String name) throws InvalidDossierException {
        JsonNode list = raw(name);
        if (list != null && !list.isArray()) {
            throw new InvalidDossierException(path(name), DossierReasons.NOT_A_LIST, "must be a list");
        }
        List<JsonFields> items = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            items.add(new JsonFields(list.get(i), path(name) + "[" + i + "]."));
        }
        return items;
    }

    String text(String name) throws InvalidDossierException {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidDossierException(path(name), DossierReasons.NOT_TEXT, "must be text, got " + value.getNodeType(),
                    value.getNodeType().toString());
        }
        String text = VietnameseText.normalize(value.asText());
        return text.isEmpty() ? null : text;
    }

    String requiredText(String name) throws InvalidDossierException {
        String text = text(name);
        if (text == null) {
            throw new InvalidDossierException(path(name), DossierReasons.MISSING, "required but missing");
        }
        return text;
    }

    <E extends Enum<E> & WireValue> E enumValue(String name, Class<E> type) throws InvalidDossierException {
        String text = text(name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining(", "));
        throw new InvalidDossierException(path(name), DossierReasons.UNKNOWN_VALUE,
                "unknown value '" + text + "' (expected one of " + expected + ")", text, expected);
    }

    OffsetDateTime dateTime(String name) throws InvalidDossierException {
        String text = text(name);
        if (text == null) {
            return null;
        }
        return DossierDates.parseDateTime(text).orElseThrow(() -> new InvalidDossierException(path(name),
                DossierReasons.BAD_DATE, "'" + text + "' is not a date in any accepted format ("
                        + DossierDates.ACCEPTED_FORMATS + ")", text, DossierDates.ACCEPTED_FORMATS));
    }

    Long wholeNumber(String name) throws InvalidDossierException {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Long number = parseWhole(text);
        if (number == null || number < 0) {
            throw new InvalidDossierException(path(name), DossierReasons.NOT_WHOLE_NUMBER,
                    "must be a whole number, not negative (got " + text + ")", text);
        }
        return number;
    }

    private static Long parseWhole(String text) {
        try {
            return new BigDecimal(text).longValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return null;
        }
    }

    boolean flag(String name) {
        JsonNode value = raw(name);
        return value != null && value.asBoolean();
    }
}
