package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.lienthong.platform.CsvExport;

/** A run's findings as CSV ({@code .../findings.csv}, or Accept: text/csv), streamed in code order. */
@Component
class FindingsCsv {

    private static final CsvSchema SCHEMA = CsvExport.schemaOf(FindingStore.COLUMNS.split(", "));

    private final CsvExport export;

    FindingsCsv(CsvExport export) {
        this.export = export;
    }

    ResponseEntity<StreamingResponseBody> of(long id, String wanted) {
        return export.download("reconciliation-" + id + "-findings.csv", SCHEMA, new ColumnMapRowMapper(),
                "select " + FindingStore.COLUMNS + " from reconciliation_finding where run_id = ?"
                        + " and (?::text is null or kind = ?) order by code", id, wanted, wanted);
    }
}
