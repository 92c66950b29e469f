package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.lienthong.simulator.generator.AdminUnits.LegacyCommune;

/** The edits behind each {@link Defect}, applied to a served copy of a clean dossier. */
final class DefectEdits {

    private static final List<String> DATE_TIME_FIELDS = List.of("appliedDate", "acceptedDate", "appointmentDate",
            "completedDate", "returnedDate", "rejectedDate");
    private static final List<String> UNKNOWN_STATUSES = List.of("dang_xu_ly", "pending", "archived", "in_review");
    private static final String FILLER = " Công dân đề nghị cơ quan có thẩm quyền xem xét, giải quyết hồ sơ theo"
            + " đúng quy định của pháp luật hiện hành và trả kết quả đúng hạn.";

    private DefectEdits() {
    }

    static boolean hasBirthDate(ObjectNode d) {
        return d.path("applicant").path("birthDate").isTextual();
    }

    static boolean hasCccd(ObjectNode d) {
        return "CCCD".equals(d.path("applicant").path("identityType").asText());
    }

    static boolean hasMst(ObjectNode d) {
        return "MST".equals(d.path("applicant").path("identityType").asText());
    }

    static void nfd(ObjectNode d, Random r) {
        TextForms.visitStrings(d, TextForms::nfd);
    }

    static void oldToneMarks(ObjectNode d, Random r) {
        TextForms.visitStrings(d, TextForms::oldToneMarks);
    }

    static void doubledSpaces(ObjectNode d, Random r) {
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("fullname", applicant.get("fullname").asText().replace(" ", "  "));
        d.put("summary", d.get("summary").asText().replace(" ", "  "));
        ObjectNode address = (ObjectNode) applicant.get("address");
        address.put("detail", address.get("detail").asText().replace(" ", "  "));
    }

    static void birthDateDayMonthYear(ObjectNode d, Random r) {
        editBirthDate(d, date -> DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
    }

    static void birthYearOnly(ObjectNode d, Random r) {
        editBirthDate(d, date -> Integer.toString(date.getYear()));
    }

    /** Every date-time value rewritten as local time without offset in the given pattern. */
    static BiConsumer<ObjectNode, Random> dateTimes(String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
        return (d, r) -> {
            DATE_TIME_FIELDS.forEach(field -> reformat(d, field, format));
            d.path("history").forEach(step -> {
                reformat((ObjectNode) step, "at", format);
                reformat((ObjectNode) step, "stepDueAt", format);
            });
            d.path("fees").forEach(fee -> reformat((ObjectNode) fee, "paidAt", format));
        };
    }

    static void legacyUnit(ObjectNode d, Random r, boolean withVersion) {
        List<LegacyCommune> legacy = AdminUnits.standard().legacyCommunes();
        LegacyCommune commune = legacy.get(r.nextInt(legacy.size()));
        ObjectNode address = (ObjectNode) d.get("applicant").get("address");
        address.remove("unitCodeVersion");
        if (withVersion) {
            address.put("unitCodeVersion", "legacy");
        }
        address.put("provinceCode", commune.provinceCode()).put("communeCode", commune.code())
                .put("districtCode", commune.districtCode());
    }

    static void cmnd(ObjectNode d, Random r) {
        ((ObjectNode) d.get("applicant")).put("identityType", "CMND").put("identityNumber", Identifiers.cmnd(r));
    }

    static void malformedCccd(ObjectNode d, Random r) {
        String number = d.get("applicant").get("identityNumber").asText();
        String malformed = r.nextBoolean() ? number.substring(1) : number.substring(0, 7) + "O" + number.substring(8);
        ((ObjectNode) d.get("applicant")).put("identityNumber", malformed);
    }

    static void malformedMst(ObjectNode d, Random r) {
        String number = d.get("applicant").get("identityNumber").asText();
        int wrong = (number.charAt(9) - '0' + 1 + r.nextInt(8)) % 10;
        ((ObjectNode) d.get("applicant")).put("identityNumber", number.substring(0, 9) + wrong);
    }

    static void cccdBirthYearMismatch(ObjectNode d, Random r) {
        String number = d.get("applicant").get("identityNumber").asText();
        int year = (Integer.parseInt(number.substring(4, 6)) + 1 + r.nextInt(9)) % 100;
        ((ObjectNode) d.get("applicant")).put("identityNumber",
                number.substring(0, 4) + "%02d".formatted(year) + number.substring(6));
    }

    static void unknownStatus(ObjectNode d, Random r) {
        d.put("status", UNKNOWN_STATUSES.get(r.nextInt(UNKNOWN_STATUSES.size())));
    }

    static void summaryTooLong(ObjectNode d, Random r) {
        StringBuilder summary = new StringBuilder(d.get("summary").asText());
        int length = 1001 + r.nextInt(400);
        while (summary.length() <= length) {
            summary.append(FILLER);
        }
        // never end on a space: trimmed by the gateway, the summary must still be too long
        int end = summary.charAt(length - 1) == ' ' ? length + 1 : length;
        d.put("summary", summary.substring(0, end));
    }

    private static void editBirthDate(ObjectNode d, Function<LocalDate, String> format) {
        ObjectNode applicant = (ObjectNode) d.get("applicant");
        applicant.put("birthDate", format.apply(LocalDate.parse(applicant.get("birthDate").asText())));
    }

    private static void reformat(ObjectNode node, String field, DateTimeFormatter format) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            node.put(field, format.format(Dates.parse(value.asText()).toLocalDateTime()));
        }
    }
}
