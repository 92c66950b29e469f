package vn.lienthong.payments.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.payments.internal.PaygovChecksum;
import vn.lienthong.payments.internal.PaygovClient;
import vn.lienthong.payments.internal.PaymentSettings;
import vn.lienthong.platform.PatientCalls;
import vn.lienthong.platform.Patience;

/**
 * Pages through PayGov's listing of the day into the run's working table, verifying every row's checksum; each
 * page waits out transient faults ({@link PatientCalls}) until give-up-after without progress.
 */
@Component
public class PaygovListing {

    private static final DateTimeFormatter PAYGOV_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PaygovClient paygov;
    private final PaygovChecksum checksum;
    private final JdbcTemplate jdbc;
    private final PaymentSettings.Reconciliation settings;
    private final PatientCalls calls;

    public PaygovListing(PaygovClient paygov, PaygovChecksum checksum, JdbcTemplate jdbc, PaymentSettings settings,
            PatientCalls calls) {
        this.paygov = paygov;
        this.calls = calls;
        this.checksum = checksum;
        this.jdbc = jdbc;
        this.settings = settings.reconciliation();
    }

    public ReconciliationJob fetch(ReconciliationJob job) {
        long seen = 0;
        Patience patience = calls.patience(settings.giveUpAfter());
        for (int page = 1; ; page++) {
            int number = page;
            PaygovClient.ListingPage listing = calls.call(PaygovClient.SYSTEM, patience,
                    () -> paygov.listing(job.day(), number, settings.paygovPageSize()));
            store(job, page, listing.rows());
            seen += listing.rows().size();
            if (listing.rows().isEmpty() || seen >= listing.total()) {
                return job;
            }
        }
    }

    private void store(ReconciliationJob job, int page, List<JsonNode> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String transaction = text(row, "MaGiaoDich");
            values.add(new Object[] {job.id(), transaction == null ? "#row-" + page + "-" + i : transaction,
                    text(row, "MaThamChieu"), text(row, "MaHoSo"), amount(text(row, "SoTien")),
                    status(text(row, "TrangThai")), paidAt(text(row, "ThoiGianGD")),
                    checksum.verifies(row, PaygovChecksum.LISTING_ROW), row.toString()});
        }
        jdbc.batchUpdate("""
                insert into payment_reconciliation_paygov_row (reconciliation_id, transaction_id, payment_ref, dossier_code,
                                                               amount, status, paid_at, checksum_ok, record)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", values);
    }

    static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText().strip();
    }

    static Long amount(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String status(String text) {
        return text == null ? null : text.replaceFirst("^0+(?=\\d)", "");
    }

    private Timestamp paidAt(String text) {
        try {
            return text == null ? null : Timestamp.from(LocalDateTime.parse(text, PAYGOV_TIME).atZone(settings.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
