package vn.lienthong.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;

/** The payment findings CSV gives back every finding of the run as stored, whatever its text holds. */
class PaymentFindingsCsvIT extends GatewayIntegrationTest {

    @Test
    void shouldGiveBackAFindingWithACommaAQuoteAndANewlineAsStored() throws IOException {
        long run = jdbc.queryForObject("insert into payment_reconciliation (day, trigger, state, finished_at) values"
                + " (current_date - 1, 'operator', 'completed', now()) returning id", Long.class);
        String action = "ask the province: \"paid\", 120,000 VND\nthen confirm";
        jdbc.update("insert into payment_reconciliation_finding (reconciliation_id, kind, payment_ref, paygov_amount, paid_at,"
                + " action) values (?, 'amount-mismatch', 'REF-1', 120000, timestamptz '2026-11-20 08:31:02+07', ?)", run, action);
        jdbc.update("insert into payment_reconciliation_finding (reconciliation_id, kind, payment_ref, action)"
                + " values (?, 'paid-without-paygov', 'REF-2', 'report')", run);

        String csv = http.get().uri("/api/payments/reconciliations/{id}/findings.csv", run).retrieve().body(String.class);

        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            rows = it.readAll();
        }
        assertThat(rows).extracting(r -> r.get("paymentRef")).containsExactly("REF-1", "REF-2");
        assertThat(rows.get(0)).containsEntry("action", action).containsEntry("paygovAmount", "120000")
                .containsEntry("paidAt", "2026-11-20T08:31:02+07:00");
        assertThat(rows.get(1)).containsEntry("paygovAmount", "");
    }
}
