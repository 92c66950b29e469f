-- More stored English gets its message code and arguments beside it (as failed_sync got them), so the console
-- and the CLI say it in Vietnamese or English: a reconciliation finding's detail, a payment reconciliation's
-- reason and each payment finding's action, and each line of a dossier's story. Rows written before keep
-- only their text and are shown as it. json, not jsonb: the keys keep the message's argument order.
alter table reconciliation_finding add column detail_code text;
alter table reconciliation_finding add column detail_args json;
alter table payment_reconciliation add column reason_code text;
alter table payment_reconciliation add column reason_args json;
alter table payment_reconciliation_finding add column action_code text;
alter table dossier_event add column detail_code text;
alter table dossier_event add column detail_args json;

-- as before, and the story line it writes holds its stage, reason class and the failure's own reason (code,
-- arguments, English text) as arguments, so it is said in the reader's language too
create or replace function failed_sync_log_attempt() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.attempts > old.attempts then
        insert into failed_sync_attempt (failure_id, kind, at, stage, reason_class, reason, reason_code, reason_args)
        values (new.id, 'failure', new.last_failed_at, new.stage, new.reason_class, new.reason, new.reason_code,
                new.reason_args);
        if new.code is not null then
            insert into dossier_event (code, version, kind, detail, detail_code, detail_args)
            values (new.code, new.version, case when new.status = 'quarantined' then 'quarantined' else 'failed' end,
                    new.stage || ' ' || new.reason_class || ': ' || new.reason, 'story.failed',
                    json_build_object('stage', new.stage, 'reasonClass', new.reason_class, 'reason',
                                      json_build_object('code', new.reason_code, 'args', new.reason_args,
                                                        'text', new.reason)));
        end if;
    end if;
    return null;
end $$;
