-- Replay outcomes and look-up retry reasons as message codes with their arguments beside the English text (as
-- failed_sync's reasons have them), so the console and the CLI say them in the reader's language. Rows written
-- before keep only their text. json keeps the arguments' order.
alter table failed_sync_attempt add column outcome_code text;
alter table failed_sync_attempt add column outcome_args json;
alter table replay_job_item add column outcome_code text;
alter table replay_job_item add column outcome_args json;
alter table verification_task add column last_error_code text;
alter table verification_task add column last_error_args json;
