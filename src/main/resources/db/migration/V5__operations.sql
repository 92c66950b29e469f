-- Operations (issue 6): every attempt of a failure, the loop guard, replay jobs, per-system pauses, and each
-- dossier's story.

-- failed_sync gains the replay bookkeeping and two states: 'superseded' (a replay found a newer version at the
-- source, which follows the normal flow) and 'quarantined' (failed the same way again after N replays).
alter table failed_sync drop constraint if exists failed_sync_status_check;
alter table failed_sync add constraint failed_sync_status_check
    check (status in ('open', 'replayed', 'resolved', 'superseded', 'quarantined'));
alter table failed_sync add column replays integer not null default 0;
-- set by a replay that reached gateway.ops.loop-guard-replays: failing the same way again quarantines the record
alter table failed_sync add column loop_guard_armed boolean not null default false;
create index failed_sync_recent on failed_sync (last_failed_at desc, id desc);

-- Every attempt of a failure, kept: each time it failed (written by the trigger below, whatever flow wrote
-- failed_sync), each replay (who, how, in which job) and each release from quarantine. A replay's message is
-- kept in payload until it is on the broker (an outbox: a crash in between resends it under the same id).
create table failed_sync_attempt (
    id            bigserial primary key,
    failure_id    bigint not null references failed_sync (id) on delete cascade,
    kind          text not null check (kind in ('failure', 'replay', 'release')),
    at            timestamptz not null default now(),
    stage         text,
    reason_class  text,
    reason        text,
    actor         text,
    job_id        bigint,
    mode          text,
    outcome       text,
    resend_key    text collate "C",
    duplicate_id  text collate "C",
    payload       text
);
create index failed_sync_attempt_failure on failed_sync_attempt (failure_id, id);
create index failed_sync_attempt_unsent on failed_sync_attempt (id) where payload is not null;

-- Each dossier's story: one narrow row per event, in order of id; purged after gateway.ops.story.retention.
create table dossier_event (
    id       bigint generated always as identity primary key,
    code     text collate "C" not null,
    version  bigint,
    at       timestamptz not null default clock_timestamp(),
    kind     text not null,
    detail   text
);
create index dossier_event_code on dossier_event (code, id);
create index dossier_event_at on dossier_event using brin (at);

create function failed_sync_track() returns trigger language plpgsql as $$
begin
    if new.attempts > old.attempts and old.status = 'quarantined' then
        new.status := 'quarantined'; -- a redelivered copy failing again does not lift the mark; a person does
    elsif new.attempts > old.attempts and old.status = 'replayed' then
        -- the loop guard: the same failure again after the last allowed replay leaves it for a person
        if old.loop_guard_armed and new.reason_class = old.reason_class and new.reason = old.reason then
            new.status := 'quarantined';
        else
            new.status := 'open';
        end if;
    end if;
    return new;
end $$;

create function failed_sync_log_attempt() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.attempts > old.attempts then
        insert into failed_sync_attempt (failure_id, kind, at, stage, reason_class, reason)
        values (new.id, 'failure', new.last_failed_at, new.stage, new.reason_class, new.reason);
        if new.code is not null then
            insert into dossier_event (code, version, kind, detail)
            values (new.code, new.version, case when new.status = 'quarantined' then 'quarantined' else 'failed' end,
                    new.stage || ' ' || new.reason_class || ': ' || new.reason);
        end if;
    end if;
    return null;
end $$;

create trigger failed_sync_track before update on failed_sync for each row execute function failed_sync_track();
create trigger failed_sync_log_attempt after insert or update on failed_sync
    for each row execute function failed_sync_log_attempt();

-- A bulk replay: the failures it covers are fixed when it is created (replay_job_item); it works through them
-- at its rate, survives restarts (state 'running') and can be cancelled (items left 'pending' stay failures).
create table replay_job (
    id               bigserial primary key,
    state            text not null check (state in ('running', 'done', 'cancelled')),
    filter           text not null,
    rate_per_second  integer not null,
    total            integer not null,
    done             integer not null default 0,
    skipped          integer not null default 0,
    created_by       text not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    finished_at      timestamptz
);
create table replay_job_item (
    job_id      bigint not null references replay_job (id) on delete cascade,
    failure_id  bigint not null,
    state       text not null default 'pending' check (state in ('pending', 'replayed', 'skipped', 'cancelled')),
    outcome     text,
    primary key (job_id, failure_id)
);
create index replay_job_item_pending on replay_job_item (job_id, failure_id) where state = 'pending';

-- Announced maintenance: intake or delivery of one external system paused by an operator.
create table system_pause (
    system     text not null,
    what       text not null check (what in ('intake', 'delivery')),
    paused_by  text not null,
    paused_at  timestamptz not null default now(),
    primary key (system, what)
);
