-- Where the provincial change feed was last read, and which gateway instance may read it now (a lease).
create table feed_cursor (
    feed          text primary key,
    cursor_value  text,
    lease_owner   text,
    lease_until   timestamptz,
    updated_at    timestamptz not null default now()
);
insert into feed_cursor (feed) values ('provincial-dossiers');

-- Every dossier version pulled from the feed and what became of it: the final guard against a version
-- being applied twice, and the basis for "every pulled version is accounted for".
create table sync_version (
    code        text collate "C" not null,
    version     bigint not null,
    state       text not null check (state in ('queued', 'delivered', 'superseded', 'failed')),
    pulled_at   timestamptz not null default now(),
    decided_at  timestamptz,
    primary key (code, version)
);
create index sync_version_undecided on sync_version (pulled_at) where state = 'queued';

-- One row per dossier: the newest version the portal accepted and the hash of exactly what was sent.
create table sync_ledger (
    code               text collate "C" primary key,
    unit_code          text collate "C" not null,
    delivered_version  bigint not null,
    payload_hash       char(64) not null,
    last_step_at       timestamptz,
    delivered_at       timestamptz not null,
    outcome            text not null check (outcome in ('created', 'updated'))
);
create index sync_ledger_unit on sync_ledger (unit_code, code);

-- Records no retry will fix, kept with their reason for an operator to fix and replay. Shared by all flows.
create table failed_sync (
    id               bigserial primary key,
    system           text not null,
    flow             text not null,
    stage            text not null,
    reason_class     text not null,
    reason           text not null,
    record_key       text collate "C" not null,
    code             text collate "C",
    version          bigint,
    procedure_code   text,
    unit_code        text,
    record           text not null,
    attempts         integer not null default 1,
    first_failed_at  timestamptz not null default now(),
    last_failed_at   timestamptz not null default now(),
    status           text not null default 'open' check (status in ('open', 'replayed', 'resolved')),
    unique (flow, stage, record_key)
);
create index failed_sync_open on failed_sync (system, flow, last_failed_at) where status = 'open';
create index failed_sync_code on failed_sync (code);
