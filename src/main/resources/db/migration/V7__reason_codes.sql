-- Failure reasons as message codes with their arguments, beside the English text the API returns, so the
-- console and the CLI can say them in Vietnamese or English. Rows written before have no code and are shown
-- as their text. reason_args is json, not jsonb: json keeps the keys in the order written, which is the
-- order of the message's arguments ({0}, {1}, ...).
alter table failed_sync add column reason_code text;
alter table failed_sync add column reason_args json;
alter table failed_sync_attempt add column reason_code text;
alter table failed_sync_attempt add column reason_args json;

-- as before, and the attempt keeps the reason's code and arguments too
create or replace function failed_sync_log_attempt() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.attempts > old.attempts then
        insert into failed_sync_attempt (failure_id, kind, at, stage, reason_class, reason, reason_code, reason_args)
        values (new.id, 'failure', new.last_failed_at, new.stage, new.reason_class, new.reason, new.reason_code,
                new.reason_args);
        if new.code is not null then
            insert into dossier_event (code, version, kind, detail)
            values (new.code, new.version, case when new.status = 'quarantined' then 'quarantined' else 'failed' end,
                    new.stage || ' ' || new.reason_class || ': ' || new.reason);
        end if;
    end if;
    return null;
end $$;
