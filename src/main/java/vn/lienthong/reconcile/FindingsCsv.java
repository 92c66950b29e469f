package vn.lienthong.reconcile;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A run's findings as CSV ({@code .../findings.csv}, or Accept: text/csv), streamed in code order. */
@Component
class FindingsCsv {

    private static final String[] COLUMNS = FindingStore.COLUMNS.split(", ");

    private final FindingStore findings;

    FindingsCsv(FindingStore findings) {
        this.findings = findings;
    }

    ResponseEntity<StreamingResponseBody> of(long id, String wanted) {
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(String.join(",", COLUMNS) + "\r\n");
            findings.each(id, wanted, row -> {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < COLUMNS.length; i++) {
                    line.append(i == 0 ? "" : ",").append(field(row.get(COLUMNS[i])));
                }
                try {
                    writer.write(line.append("\r\n").toString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reconciliation-" + id + "-findings.csv\"")
                .body(body);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
