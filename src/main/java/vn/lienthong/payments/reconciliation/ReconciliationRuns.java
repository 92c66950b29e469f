package vn.lienthong.payments.reconciliation;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.platform.Reason;

/** The payment_reconciliation table: each run, its state and what it counted. */
@Component("paymentReconciliationRuns")
public class ReconciliationRuns {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRuns.class);
    private static final String COLUMNS = """
            id, day, trigger, state, reason, reason_code as "reasonCode", reason_args::text as "reasonArgs",
            started_at as "startedAt", finished_at as "finishedAt",
            paygov_rows as "paygovRows", provincial_rows as "provincialRows", agreed, confirmed,
            amount_mismatch as "amountMismatch", paid_without_paygov as "paidWithoutPaygov", bad_checksum as "badChecksum",
            refund_not_reflected as "refundNotReflected", status_mismatch as "statusMismatch", resumed
            """;

    private final JdbcTemplate jdbc;
    private volatile boolean stopping;

    public ReconciliationRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReconciliationJob start(LocalDate day, String trigger) {
        Long id = jdbc.queryForObject("insert into payment_reconciliation (day, trigger, state) values (?, ?, 'running') returning id",
                Long.class, Date.valueOf(day), trigger);
        log.info("Payment reconciliation {} of {} started ({})", id, day, trigger);
        return new ReconciliationJob(id, day);
    }

    public boolean completed(LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from payment_reconciliation where day = ? and state = 'completed')",
                Boolean.class, Date.valueOf(day)));
    }

    void complete(long id, Map<String, Integer> kinds, int paygovRows, int provincialRows) {
        jdbc.update("""
                update payment_reconciliation set state = 'completed', finished_at = now(), paygov_rows = ?, provincial_rows = ?,
                       agreed = ?, confirmed = ?, amount_mismatch = ?, paid_without_paygov = ?, bad_checksum = ?,
                       refund_not_reflected = ?, status_mismatch = ? where id = ?""",
                paygovRows, provincialRows, kinds.getOrDefault("agreed", 0), kinds.getOrDefault("unpaid-at-province", 0),
                kinds.getOrDefault("amount-mismatch", 0), kinds.getOrDefault("paid-without-paygov", 0),
                kinds.getOrDefault("bad-checksum", 0), kinds.getOrDefault("refund-not-reflected", 0),
                kinds.getOrDefault("status-mismatch", 0), id);
        log.info("Payment reconciliation {} completed: {} PayGov rows, {} provincial rows, {}", id, paygovRows, provincialRows, kinds);
    }

    /** Runs left 'running' by a gateway that stopped in the middle of them. */
    List<ReconciliationJob> leftovers() {
        return jdbc.query("select id, day from payment_reconciliation where state = 'running' order by id",
                (rs, i) -> new ReconciliationJob(rs.getLong(1), rs.getDate(2).toLocalDate()));
    }

    /**
     * The run starts again under its own id, from PayGov's first page: the working rows read before the stop are
     * dropped (they are read again, as they are now). Its confirmations are queued only by its classification, in
     * one transaction with its completion, so none was queued before the stop.
     */
    @Transactional
    public void resume(long id) {
        deleteWorkingRows(id);
        jdbc.update("update payment_reconciliation set resumed = resumed + 1 where id = ?", id);
    }

    /** A stop under way: a run it cuts short stays 'running', to be resumed at the next start. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }

    /** The run could not finish (a system down past its retries, a configuration error): kept with the reason. */
    public void fail(Exchange exchange) {
        ReconciliationJob job = exchange.getIn().getBody(ReconciliationJob.class);
        if (stopping) {
            log.warn("Payment reconciliation {} of {} cut short by the stop: resumed at the next start", job.id(), job.day());
            return;
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Reason reason = RunFailures.of(cause);
        jdbc.update("update payment_reconciliation set state = 'failed', finished_at = now(), reason = ?, reason_code = ?,"
                + " reason_args = ?::json where id = ?", reason.text(), reason.code(), reason.argsJson(), job.id());
        deleteWorkingRows(job.id());
        log.error("Payment reconciliation {} of {} failed: {}", job.id(), job.day(), reason.text());
    }

    private void deleteWorkingRows(long id) {
        jdbc.update("delete from payment_reconciliation_paygov_row where reconciliation_id = ?", id);
        jdbc.update("delete from payment_reconciliation_provincial_row where reconciliation_id = ?", id);
    }

    public Optional<Map<String, Object>> find(long id) {
        return withArgs(jdbc.queryForList("select " + COLUMNS + " from payment_reconciliation where id = ?", id))
                .stream().findFirst();
    }

    public List<Map<String, Object>> page(int page, int size) {
        return withArgs(jdbc.queryForList("select " + COLUMNS + " from payment_reconciliation order by id desc offset ? limit ?",
                (long) page * size, size));
    }

    /** The reason's arguments as an object in their order, as the failures' are. */
    private static List<Map<String, Object>> withArgs(List<Map<String, Object>> runs) {
        runs.forEach(run -> run.put("reasonArgs", Reason.argsOf((String) run.get("reasonArgs"))));
        return runs;
    }

    /** The kinds a completed run counts, as its columns (and the metrics) name them. */
    public static final List<String> COUNTED = List.of("amount_mismatch", "paid_without_paygov", "bad_checksum",
            "refund_not_reflected", "status_mismatch", "confirmed");

    /** The newest completed run: id, when it finished, and its {@link #COUNTED} counts. */
    public record Completed(long id, Instant finishedAt, Map<String, Long> counts) {
    }

    public Optional<Completed> lastCompleted() {
        return jdbc.query("select id, finished_at, " + String.join(", ", COUNTED) + " from payment_reconciliation"
                + " where state = 'completed' order by finished_at desc limit 1", (rs, i) -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (int k = 0; k < COUNTED.size(); k++) {
                        counts.put(COUNTED.get(k), rs.getLong(3 + k));
                    }
                    return new Completed(rs.getLong(1), rs.getTimestamp(2).toInstant(), counts);
                }).stream().findFirst();
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from payment_reconciliation", Long.class);
    }
}
