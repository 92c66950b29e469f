package vn.lienthong.payments.reconciliation;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.lienthong.payments.PaymentFinding;
import vn.lienthong.platform.CsvExport;
import vn.lienthong.platform.VietnamTime;

/** A run's findings, as JSON pages or as one CSV document streamed from the database. */
@Component
public class Findings {

    /** What a run lists (agreement is only counted): the kinds ReconciliationClassifier gives. */
    public static final List<String> KINDS = List.of("unpaid-at-province", "amount-mismatch", "paid-without-paygov",
            "bad-checksum", "refund-not-reflected", "status-mismatch");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final CsvSchema SCHEMA = CsvExport.schemaFor(PaymentFinding.class);
    private static final String SELECT = """
            select id, kind, payment_ref, transaction_id, dossier_code, paygov_status, paygov_amount, provincial_status,
                   provincial_amount, paid_at, action, action_code from payment_reconciliation_finding
             where reconciliation_id = ? and (?::text is null or kind = ?) order by id""";

    private final JdbcTemplate jdbc;
    private final CsvExport export;

    public Findings(JdbcTemplate jdbc, CsvExport export) {
        this.jdbc = jdbc;
        this.export = export;
    }

    public List<PaymentFinding> page(long run, String kind, int page, int size) {
        return jdbc.query(SELECT + " offset ? limit ?", Findings::finding, run, kind, kind, (long) page * size, size);
    }

    public long count(long run, String kind) {
        return jdbc.queryForObject("""
                select count(*) from payment_reconciliation_finding where reconciliation_id = ? and (?::text is null or kind = ?)""",
                Long.class, run, kind, kind);
    }

    /** Every finding of the run (of one kind, or all), a row at a time from the database to the response. */
    public ResponseEntity<StreamingResponseBody> csv(long run, String kind) {
        return export.download("payment-reconciliation-" + run + "-findings.csv", SCHEMA, Findings::finding, SELECT,
                run, kind, kind);
    }

    private static PaymentFinding finding(ResultSet rs, int row) throws SQLException {
        Timestamp paidAt = rs.getTimestamp(10);
        return new PaymentFinding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), (Long) rs.getObject(7), rs.getString(8), (Long) rs.getObject(9),
                paidAt == null ? null : ISO.format(paidAt.toInstant().atZone(VietnamTime.ZONE)), rs.getString(11),
                rs.getString(12));
    }
}
