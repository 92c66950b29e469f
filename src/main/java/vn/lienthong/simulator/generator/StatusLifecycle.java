package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Moves a dossier along new → receiving → processing → (waiting | paying) → releasing → done, or to denied,
 * cancelled or unresolved, setting its dates, appending a history step for each status change and paying fees.
 */
final class StatusLifecycle {

    static final Set<String> FINAL = Set.of("done", "denied", "cancelled", "unresolved");
    private static final Map<String, String[]> STEPS = Map.of(
            "receiving", new String[] {"Công chức một cửa", "Bộ phận một cửa", "Tiếp nhận hồ sơ"},
            "processing", new String[] {"Công chức chuyên môn", "Văn phòng HĐND và UBND", "Thẩm định hồ sơ"},
            "waiting", new String[] {"Công chức chuyên môn", "Văn phòng HĐND và UBND", "Yêu cầu bổ sung hồ sơ"},
            "paying", new String[] {"Công chức tài chính - kế toán", "Bộ phận một cửa",
                "Thông báo thực hiện nghĩa vụ tài chính"},
            "releasing", new String[] {"Phó Chủ tịch UBND", "Lãnh đạo UBND", "Phê duyệt kết quả giải quyết"},
            "done", new String[] {"Công chức một cửa", "Bộ phận một cửa", "Trả kết quả cho công dân"},
            "denied", new String[] {"Công chức một cửa", "Bộ phận một cửa", "Từ chối giải quyết hồ sơ"},
            "cancelled", new String[] {"Công chức một cửa", "Bộ phận một cửa", "Công dân rút hồ sơ"},
            "unresolved", new String[] {"Phó Chủ tịch UBND", "Lãnh đạo UBND", "Dừng xử lý hồ sơ"});

    private final Map<String, Integer> processingDays;

    StatusLifecycle(Map<String, Integer> processingDays) {
        this.processingDays = processingDays;
    }

    /** One change of the dossier at the given time: usually a status step, sometimes only a fee paid. */
    void advance(ObjectNode dossier, Random random, ZonedDateTime at) {
        String status = dossier.path("status").asText();
        String next = next(status, random, hasUnpaid(dossier));
        if ("paying".equals(status) || (!next.equals(status) && random.nextDouble() < 0.1)) {
            payFees(dossier, random, at);
        }
        if (next.equals(status)) {
            return;
        }
        dossier.put("status", next);
        switch (next) {
            case "receiving" -> {
                dossier.put("acceptedDate", Dates.format(at));
                int days = processingDays.getOrDefault(dossier.path("procedure").path("code").asText(), 3);
                dossier.put("appointmentDate", Dates.format(at.plusDays(days).withHour(17).withMinute(0)
                        .withSecond(0)));
            }
            case "releasing" -> dossier.put("completedDate", Dates.format(at));
            case "done" -> dossier.put("returnedDate", Dates.format(at));
            case "denied" -> dossier.put("rejectedDate", Dates.format(at));
            default -> { }
        }
        String[] step = STEPS.get(next);
        ((ArrayNode) dossier.get("history")).addObject()
                .put("handler", VietnameseNames.fullname(random, random.nextBoolean()))
                .put("position", step[0]).put("department", step[1]).put("action", step[2])
                .put("status", next).put("at", Dates.format(at))
                .put("stepDueAt", Dates.format(at.plusDays(1).withHour(17).withMinute(0).withSecond(0)));
    }

    private static String next(String status, Random random, boolean unpaid) {
        double x = random.nextDouble();
        return switch (status) {
            case "new" -> x < 0.85 ? "receiving" : x < 0.95 ? "denied" : "cancelled";
            case "receiving" -> x < 0.9 ? "processing" : x < 0.95 ? "denied" : "cancelled";
            case "processing" -> x < 0.15 ? "waiting" : x < 0.45 && unpaid ? "paying"
                    : x < 0.9 ? "releasing" : x < 0.95 ? "denied" : "unresolved";
            case "waiting" -> x < 0.85 ? "processing" : "cancelled";
            case "paying" -> "releasing";
            case "releasing" -> "done";
            default -> status;
        };
    }

    private static boolean hasUnpaid(ObjectNode dossier) {
        for (JsonNode fee : dossier.path("fees")) {
            if ("unpaid".equals(fee.path("paymentStatus").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void payFees(ObjectNode dossier, Random random, ZonedDateTime at) {
        for (JsonNode fee : dossier.path("fees")) {
            if ("unpaid".equals(fee.path("paymentStatus").asText())) {
                ((ObjectNode) fee).put("paymentStatus", "paid")
                        .put("transactionId", "PG" + Dates.CODE_DAY.format(at) + Identifiers.digits(random, 7))
                        .put("paidAt", Dates.format(at));
            }
        }
    }
}
