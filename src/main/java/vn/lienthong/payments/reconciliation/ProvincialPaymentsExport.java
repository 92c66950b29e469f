package vn.lienthong.payments.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.payments.internal.PaymentSettings;
import vn.lienthong.payments.internal.ProvincialPayments;
import vn.lienthong.platform.PatientCalls;
import vn.lienthong.platform.Patience;
import vn.lienthong.provincial.ProvincialClient;

/**
 * Pages through the provincial payments export of the day (by paidAt) into the run's working table; each page
 * waits out transient faults ({@link PatientCalls}) until give-up-after without progress.
 */
@Component
public class ProvincialPaymentsExport {

    private final ProvincialPayments province;
    private final JdbcTemplate jdbc;
    private final PaymentSettings.Reconciliation settings;
    private final PatientCalls calls;

    public ProvincialPaymentsExport(ProvincialPayments province, JdbcTemplate jdbc, PaymentSettings settings,
            PatientCalls calls) {
        this.province = province;
        this.calls = calls;
        this.jdbc = jdbc;
        this.settings = settings.reconciliation();
    }

    public ReconciliationJob fetch(ReconciliationJob job) {
        OffsetDateTime from = job.day().atStartOfDay(settings.zone()).toOffsetDateTime();
        OffsetDateTime to = job.day().plusDays(1).atStartOfDay(settings.zone()).toOffsetDateTime();
        int size = settings.provincialPageSize();
        Patience patience = calls.patience(settings.giveUpAfter());
        for (int page = 0; ; page++) {
            int number = page;
            JsonNode answer = calls.call(ProvincialClient.SYSTEM, patience, () -> province.export(from, to, number, size));
            JsonNode items = answer.path("items");
            store(job, page, items);
            if (items.isEmpty() || (long) (page + 1) * size >= answer.path("totalItems").asLong()) {
                return job;
            }
        }
    }

    private void store(ReconciliationJob job, int page, JsonNode items) {
        List<Object[]> values = new ArrayList<>(items.size());
        int i = 0;
        for (JsonNode item : items) {
            String ref = PaygovListing.text(item, "paymentRef");
            values.add(new Object[] {job.id(), ref == null ? "#item-" + page + "-" + i : ref,
                    PaygovListing.text(item, "dossierCode"), PaygovListing.amount(PaygovListing.text(item, "amount")),
                    PaygovListing.text(item, "status"), PaygovListing.text(item, "transactionId"),
                    paidAt(PaygovListing.text(item, "paidAt"))});
            i++;
        }
        jdbc.batchUpdate("""
                insert into payment_reconciliation_provincial_row (reconciliation_id, payment_ref, dossier_code, amount,
                                                                   status, transaction_id, paid_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", values);
    }

    private static Timestamp paidAt(String text) {
        try {
            return text == null ? null : Timestamp.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
