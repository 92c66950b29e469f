-- A bulk replay that cannot go on (its source refused the gateway's configuration, or stayed down past
-- gateway.ops.replay.give-up-after without an answer) ends 'failed' with its reason as a message code beside
-- its English text, as reconciliation runs do; the failures it had not reached yet stay 'pending' on it.
alter table replay_job drop constraint replay_job_state_check;
alter table replay_job add constraint replay_job_state_check
    check (state in ('running', 'done', 'cancelled', 'failed'));
alter table replay_job add column reason text;
alter table replay_job add column reason_code text;
alter table replay_job add column reason_args json;

-- Runs cut short by a stop (a crash, a shutdown) are resumed at the next start: how many times each was.
alter table reconciliation_run add column resumed integer not null default 0;
alter table payment_reconciliation add column resumed integer not null default 0;
