-- National look-ups (issue 3). Look-ups still to do: one row per dossier and national database, recorded in
-- the same transaction as the feed page that brought the dossier. A route takes due rows with a lease
-- (next_attempt_at moved forward), so a crash hands them back; transient failures move it by the back-off.
create table verification_task (
    code             text collate "C" not null,
    source           text not null check (source in ('population', 'business-registry', 'land', 'civil-status')),
    version          bigint not null,
    fingerprint      text not null,
    record           text not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    created_at       timestamptz not null default now(),
    primary key (code, source)
);
create index verification_task_due on verification_task (source, next_attempt_at);

-- What each national database said about a dossier's applicant: the ledger of verifications. The
-- fingerprint (identity, name, birth date, parcel) says which applicant was verified, so a new version
-- with the same applicant is not verified again. written_back_at: the province has it; repushed_at: the
-- portal was given DSKetNoiCSDL with this database (or already had it).
create table verification_result (
    code               text collate "C" not null,
    source             text not null,
    version            bigint not null,
    fingerprint        text not null,
    result             text not null check (result in ('match', 'mismatch', 'not-found')),
    mismatched_fields  text[] not null default '{}',
    reference          text not null,
    checked_at         timestamptz not null,
    written_back_at    timestamptz,
    repushed_at        timestamptz,
    primary key (code, source)
);
create index verification_result_unpublished on verification_result (checked_at)
    where written_back_at is null or repushed_at is null;
