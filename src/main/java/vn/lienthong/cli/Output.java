package vn.lienthong.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints answers for people: lists as aligned columns, anything else as indented JSON (or always JSON with --json). */
final class Output {

    private Output() {
    }

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            out.println(node);
        }
    }

    static void table(PrintWriter out, JsonNode rows, String... columns) {
        List<String[]> lines = new ArrayList<>();
        lines.add(columns);
        for (JsonNode row : rows) {
            String[] cells = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                JsonNode cell = row.path(columns[i]);
                cells[i] = cell.isMissingNode() || cell.isNull() ? "-" : cell.isValueNode() ? cell.asText() : cell.toString();
            }
            lines.add(cells);
        }
        int[] widths = new int[columns.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(line[i].length(), 60));
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                String cell = line[i].length() > 60 ? line[i].substring(0, 59) + "…" : line[i];
                text.append(i == line.length - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
