package vn.lienthong.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.audit.internal.AuditHash;

/**
 * Walks the whole log in id order (streamed, in one REPEATABLE READ snapshot with the head) and checks that ids have no gap, each row names the previous row's
 * hash, and each row's hash matches its content. Truncation of the newest rows leaves a valid chain: it shows
 * against a head exported earlier (that row must still be there with that hash) and against the head row.
 */
@Component
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    AuditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true); // a cursor: PostgreSQL streams only inside a transaction
        // the log and its head from one snapshot: rows appended meanwhile are in neither, so they raise no alarm
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public AuditVerification verify(AuditTrail.Head exported) {
        return readOnly.execute(status -> {
            Chain chain = new Chain(exported);
            jdbc.query("select * from audit_log order by id", rs -> {
                chain.accept(AuditTrail.entry(rs, 0));
            });
            AuditTrail.Head stored = jdbc.queryForObject("select row_id, hash from audit_head",
                    (rs, n) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2)));
            return chain.verdict(stored);
        });
    }

    /** The walk's state: the last good row, and the first problem found. */
    private static final class Chain {

        private final AuditTrail.Head exported;
        private long rows;
        private long lastId;
        private String lastHash = AuditHash.GENESIS;
        private boolean exportedSeen;
        private AuditVerification problem;

        Chain(AuditTrail.Head exported) {
            this.exported = exported;
        }

        void accept(AuditEntry row) {
            rows++;
            if (problem != null) {
                return;
            }
            if (row.id() != lastId + 1) {
                problem = AuditVerification.bad(rows, lastId + 1, "row " + (lastId + 1) + " is missing (deleted)");
            } else if (!row.prevHash().equals(lastHash)) {
                problem = AuditVerification.bad(rows, row.id(), "row " + row.id() + " does not follow the previous row's hash");
            } else if (!AuditHash.of(lastHash, row).equals(row.hash())) {
                problem = AuditVerification.bad(rows, row.id(), "row " + row.id() + " was changed: its hash does not match its content");
            } else if (exported != null && row.id() == exported.rowId() && !row.hash().equals(exported.hash())) {
                problem = AuditVerification.bad(rows, row.id(), "row " + row.id() + " differs from the exported head");
            }
            exportedSeen |= exported != null && row.id() == exported.rowId();
            lastId = row.id();
            lastHash = row.hash();
        }

        AuditVerification verdict(AuditTrail.Head stored) {
            if (problem != null) {
                return problem;
            }
            if (exported != null && !exportedSeen && exported.rowId() > 0) {
                return AuditVerification.bad(rows, lastId + 1, "truncated: the exported head is row " + exported.rowId()
                        + " but the log ends at row " + lastId);
            }
            if (stored.rowId() != lastId || !stored.hash().equals(lastHash)) {
                return AuditVerification.bad(rows, lastId + 1, "truncated: the head records row " + stored.rowId()
                        + " but the log ends at row " + lastId);
            }
            return AuditVerification.ok(rows);
        }
    }
}
