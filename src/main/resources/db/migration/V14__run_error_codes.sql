-- Why a reconciliation run failed, as a message code with its arguments beside the English text (as failed_sync
-- has them): a run now fails only on a permanent error or after waiting too long without progress, and says
-- which in the reader's language. Rows written before keep only their text. json keeps the arguments' order.
alter table reconciliation_run add column error_code text;
alter table reconciliation_run add column error_args json;
