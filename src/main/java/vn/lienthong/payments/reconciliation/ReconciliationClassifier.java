package vn.lienthong.payments.reconciliation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies every transaction of a run in PostgreSQL, set-based: the decisive verified PayGov row of each
 * payment reference against the province's row. Findings are stored; a payment paid at PayGov and unpaid at
 * the province is queued for the relay (once: a second run finds it pending or paid). One transaction.
 */
@Component
public class ReconciliationClassifier {

    private final JdbcTemplate jdbc;
    private final ReconciliationRuns runs;

    public ReconciliationClassifier(JdbcTemplate jdbc, ReconciliationRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    @Transactional
    public ReconciliationJob classify(ReconciliationJob job) {
        long id = job.id();
        jdbc.update(CLASSIFY, id, id, id);
        // a temporary table has no statistics until analysed: without them the joins below, over a 100,000-payment
        // day, were planned as nested loops: a run took minutes instead of about 30 s
        jdbc.execute("analyze reconciliation_classified");
        jdbc.update(FINDINGS, id);
        jdbc.update(BAD_CHECKSUMS, id);
        jdbc.update(CONFIRM, id);
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select kind, count(*) from reconciliation_classified group by kind",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        jdbc.query("select count(*) from payment_reconciliation_finding where reconciliation_id = ? and kind = 'bad-checksum'",
                rs -> {
                    counts.put("bad-checksum", rs.getInt(1));
                }, id);
        runs.complete(id, counts,
                jdbc.queryForObject("select count(*) from payment_reconciliation_paygov_row where reconciliation_id = ?", Integer.class, id),
                jdbc.queryForObject("select count(*) from payment_reconciliation_provincial_row where reconciliation_id = ?", Integer.class, id));
        jdbc.update("delete from payment_reconciliation_paygov_row where reconciliation_id = ?", id);
        jdbc.update("delete from payment_reconciliation_provincial_row where reconciliation_id = ?", id);
        return job;
    }

    /** One row per payment reference: PayGov's decisive verified row (refund, success, pending, failed) and the province's. */
    private static final String CLASSIFY = """
            create temp table reconciliation_classified on commit drop as
            with pg as (
                select distinct on (payment_ref) * from payment_reconciliation_paygov_row
                 where reconciliation_id = ? and checksum_ok and payment_ref is not null
                 order by payment_ref, case status when '4' then 0 when '1' then 1 when '3' then 2 else 3 end,
                          paid_at desc nulls last, transaction_id),
            bad as (
                select distinct payment_ref from payment_reconciliation_paygov_row
                 where reconciliation_id = ? and not checksum_ok and payment_ref is not null),
            pv as (select * from payment_reconciliation_provincial_row where reconciliation_id = ?)
            select coalesce(pg.payment_ref, pv.payment_ref) as payment_ref, pg.transaction_id,
                   coalesce(pg.dossier_code, pv.dossier_code) as dossier_code, pg.status as paygov_status,
                   pg.amount as paygov_amount, pv.status as provincial_status, pv.amount as provincial_amount,
                   coalesce(pg.paid_at, pv.paid_at) as paid_at,
                   case
                     when pg.payment_ref is null and pv.payment_ref in (select payment_ref from bad) then 'bad-checksum'
                     when pg.status = '1' and coalesce(pv.status, 'unpaid') = 'unpaid' then 'unpaid-at-province'
                     when pg.status = '1' and pv.status = 'paid' and pg.amount is distinct from pv.amount then 'amount-mismatch'
                     when pg.status = '1' and pv.status = 'paid' then 'agreed'
                     when pg.status = '4' and pv.status = 'paid' then 'refund-not-reflected'
                     when pg.status = '4' and pv.status = 'refunded' and pg.amount is distinct from pv.amount then 'amount-mismatch'
                     when pg.status = '4' and coalesce(pv.status, 'unpaid') in ('unpaid', 'refunded') then 'agreed'
                     when pg.status in ('2', '3') and pv.status in ('paid', 'refunded') then 'paid-without-paygov'
                     when pg.status in ('2', '3') and coalesce(pv.status, 'unpaid') = 'unpaid' then 'agreed'
                     when pg.payment_ref is null and pv.status in ('paid', 'refunded') then 'paid-without-paygov'
                     when pg.payment_ref is null then 'agreed'
                     else 'status-mismatch'
                   end as kind
              from pg full join pv on pv.payment_ref = pg.payment_ref""";

    /** What is not in agreement; a payment unpaid at the province says what the relay will do about it. */
    private static final String FINDINGS = """
            insert into payment_reconciliation_finding (reconciliation_id, kind, payment_ref, transaction_id, dossier_code,
                        paygov_status, paygov_amount, provincial_status, provincial_amount, paid_at, action_code, action)
            select f.*, """ + FindingActions.englishOf("f.action_code") + """
              from (select ? as reconciliation_id, c.kind, c.payment_ref, c.transaction_id, c.dossier_code,
                           c.paygov_status, c.paygov_amount, c.provincial_status, c.provincial_amount, c.paid_at,
                           case when c.kind <> 'unpaid-at-province' then 'payment-action.reported'
                                when e.id is null then 'payment-action.confirmation-queued'
                                when e.relay_state = 'pending' then 'payment-action.confirmation-pending'
                                when e.relay_state = 'relayed' then 'payment-action.confirmation-sent-again'
                                when e.relay_state = 'failed' then 'payment-action.province-refused'
                                else 'payment-action.refunded' end as action_code
                      from reconciliation_classified c
                      left join payment_event e on e.transaction_id = c.transaction_id and e.status = '1'
                     where c.kind not in ('agreed', 'bad-checksum')) f
             order by f.kind, f.payment_ref""";

    /** Every row whose checksum does not verify is reported on its own and never applied. */
    private static final String BAD_CHECKSUMS = """
            insert into payment_reconciliation_finding (reconciliation_id, kind, payment_ref, transaction_id, dossier_code,
                        paygov_status, paygov_amount, provincial_status, provincial_amount, paid_at, action_code, action)
            select r.reconciliation_id, 'bad-checksum', r.payment_ref, r.transaction_id, r.dossier_code, r.status, r.amount,
                   pv.status, pv.amount, r.paid_at, 'payment-action.reported-never-applied', 'reported, never applied'
              from payment_reconciliation_paygov_row r
              left join payment_reconciliation_provincial_row pv
                on pv.reconciliation_id = r.reconciliation_id and pv.payment_ref = r.payment_ref
             where r.reconciliation_id = ? and not r.checksum_ok
             order by r.transaction_id""";

    /** The confirmations the relay sends: new ones, and again those relayed yet still unpaid at the province. */
    private static final String CONFIRM = """
            insert into payment_event (transaction_id, status, payment_ref, dossier_code, amount, paid_at, source, record,
                                       relay_state)
            select r.transaction_id, '1', r.payment_ref, r.dossier_code, r.amount, r.paid_at, 'reconciliation', r.record,
                   'pending'
              from reconciliation_classified c
              join payment_reconciliation_paygov_row r on r.reconciliation_id = ? and r.transaction_id = c.transaction_id
             where c.kind = 'unpaid-at-province' and r.amount is not null and r.paid_at is not null
            on conflict (transaction_id, status) do update set relay_state = 'pending', next_attempt_at = now(),
                   lease_until = null
             where payment_event.relay_state = 'relayed'""";
}
