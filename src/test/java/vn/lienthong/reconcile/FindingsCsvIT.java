package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;

/** The findings CSV is RFC 4180 that a CSV reader gives back as it was stored, whatever the text holds. */
class FindingsCsvIT extends GatewayIntegrationTest {

    static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void shouldGiveBackAFindingWithACommaAQuoteAndANewlineAsStored() throws IOException {
        long run = jdbc.queryForObject("insert into reconciliation_run (trigger, units, period_from, period_to, dry_run,"
                + " status, finished_at) values ('api', '{}', now() - interval '1 day', now(), true, 'completed', now())"
                + " returning id", Long.class);
        String detail = "portal: \"Đã trả kết quả\", province: 2\nsecond line";
        jdbc.update("insert into reconciliation_finding (run_id, code, unit_code, kind, ledger_version, repair, detail)"
                + " values (?, ?, ?, 'differs', 3, 'none', ?)", run, "000.00.00.H01-260101-00002", "000.00.00.H01", detail);
        jdbc.update("insert into reconciliation_finding (run_id, code, unit_code, kind, repair)"
                + " values (?, ?, ?, 'missing', 'queued')", run, "000.00.00.H01-260101-00001", "000.00.00.H01");

        String csv = new ReconciliationApi(http).csv(run);

        assertThat(csv).startsWith("code,unit_code,kind,provincial_version,ledger_version,ledger_hash,portal_hash,repair,detail\r\n");
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).extracting(r -> r.get("code"))
                .containsExactly("000.00.00.H01-260101-00001", "000.00.00.H01-260101-00002");
        assertThat(rows.get(1)).containsEntry("detail", detail).containsEntry("ledger_version", "3")
                .containsEntry("kind", "differs").containsEntry("provincial_version", "");
    }
}
