package vn.lienthong.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.audit.internal.AuditHash;
import vn.lienthong.audit.internal.AuditText;

/**
 * The audit log: appends hash-chained rows, one at a time (the head row is locked for the append, so concurrent
 * actions from any number of gateway instances keep one chain). Any code may record an action here.
 */
@Component
public class AuditTrail {

    /** Longer text is cut, with a marker; bodies are cut earlier (ActionAudit.BODY_BYTES). */
    static final int MAX_TEXT = 8000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // recorded even when the caller's own transaction rolls back: the attempt happened
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record Head(long rowId, String hash) {
    }

    /**
     * Appends one action and returns the stored row with its hash. Every text is stored as {@link AuditText} makes
     * it (escaped when not clean, cut when too long), and the hash covers the text as stored.
     */
    public AuditEntry append(String actor, String action, String target, String detail, String outcome) {
        return ownTransaction.execute(status -> {
            Head head = jdbc.queryForObject("select row_id, hash from audit_head for update",
                    (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
            AuditEntry row = new AuditEntry(head.rowId() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    stored(actor), stored(action), stored(target), stored(detail), stored(outcome), head.hash(), null);
            String hash = AuditHash.of(head.hash(), row);
            jdbc.update("insert into audit_log (id, at, actor, action, target, detail, outcome, prev_hash, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.id(), Timestamp.from(row.at()), row.actor(),
                    row.action(), row.target(), row.detail(), row.outcome(), head.hash(), hash);
            jdbc.update("update audit_head set row_id = ?, hash = ?", row.id(), hash);
            return new AuditEntry(row.id(), row.at(), row.actor(), row.action(), row.target(), row.detail(),
                    row.outcome(), head.hash(), hash);
        });
    }

    /** Newest first. */
    public List<AuditEntry> page(int page, int size) {
        return jdbc.query("select * from audit_log order by id desc limit ? offset ?", AuditTrail::entry,
                size, (long) page * size);
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from audit_log", Long.class);
    }

    /** The newest row as the database sees it now; export it elsewhere to detect a later truncation. */
    public AuditEntry head() {
        return jdbc.query("select * from audit_log order by id desc limit 1", AuditTrail::entry).stream()
                .findFirst().orElse(null);
    }

    static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("outcome"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String stored(String text) {
        return AuditText.cut(AuditText.of(text), MAX_TEXT);
    }
}
