-- Reconciliation runs: which units and period were compared with the portal, how far the run got, what it
-- found (counts per kind) and where its time went.
create table reconciliation_run (
    id                 bigserial primary key,
    trigger            text not null,
    units              text[] not null,
    period_from        timestamptz not null,
    period_to          timestamptz not null,
    dry_run            boolean not null,
    status             text not null check (status in ('running', 'completed', 'failed', 'interrupted')),
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    compared           bigint not null default 0,
    agreement          bigint not null default 0,
    behind             bigint not null default 0,
    missing            bigint not null default 0,
    differs            bigint not null default 0,
    unknown            bigint not null default 0,
    failed             bigint not null default 0,
    repaired           bigint not null default 0,
    error              text,
    timings            text
);
create index reconciliation_run_started on reconciliation_run (started_at desc);

-- Every dossier of a run that is not in agreement, with what each side said and what was done about it.
create table reconciliation_finding (
    run_id              bigint not null references reconciliation_run (id) on delete cascade,
    code                text collate "C" not null,
    unit_code           text collate "C" not null,
    kind                text not null check (kind in ('behind', 'missing', 'differs', 'unknown', 'failed')),
    provincial_version  bigint,
    ledger_version      bigint,
    ledger_hash         text,
    portal_hash         text,
    repair              text not null check (repair in ('queued', 'dry-run', 'in-flight', 'none', 'not-possible')),
    detail              text,
    primary key (run_id, code)
);
create index reconciliation_finding_kind on reconciliation_finding (run_id, kind, code);
