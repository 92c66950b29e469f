-- Payments (issue 4): PayGov notifications, their relay to the provincial system, and daily reconciliation.

-- Every verified PayGov payment event, identified by (transaction, status): a resend of the same pair is
-- the same event; a later status of the same transaction is a new one. Successful payments are relayed
-- to the provincial system from here (relay_state), so a crash after storing loses nothing.
create table payment_event (
    id               bigserial primary key,
    transaction_id   text collate "C" not null,
    status           text not null,
    payment_ref      text collate "C",
    dossier_code     text collate "C",
    amount           bigint,
    paid_at          timestamptz,
    source           text not null check (source in ('notification', 'reconciliation')),
    record           text not null,
    received_at      timestamptz not null default now(),
    resends          integer not null default 0,
    relay_state      text not null check (relay_state in ('pending', 'relayed', 'failed', 'not-relayed')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    lease_until      timestamptz,
    last_error       text,
    relayed_at       timestamptz,
    unique (transaction_id, status)
);
create index payment_event_due on payment_event (next_attempt_at) where relay_state = 'pending';
create index payment_event_ref on payment_event (payment_ref);

-- Notifications whose MaXacThuc did not verify, kept for an operator. Anyone can send one, so what is kept
-- is bounded: body truncated, a rate limit on what is stored, and a retention purge.
create table paygov_rejected_notification (
    id              bigserial primary key,
    received_at     timestamptz not null default now(),
    remote_address  text,
    reason          text not null,
    body_size       integer not null,
    body            text not null
);
create index paygov_rejected_received on paygov_rejected_notification (received_at);

-- One reconciliation of a day between PayGov's listing and the provincial payments export.
create table payment_reconciliation (
    id                 bigserial primary key,
    day                date not null,
    trigger            text not null check (trigger in ('schedule', 'operator')),
    state              text not null check (state in ('running', 'completed', 'failed')),
    reason             text,
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    paygov_rows        integer,
    provincial_rows    integer,
    agreed             integer,
    confirmed          integer,
    amount_mismatch    integer,
    paid_without_paygov integer,
    bad_checksum       integer,
    refund_not_reflected integer,
    status_mismatch    integer
);
create index payment_reconciliation_day on payment_reconciliation (day, id);

-- What a run found that is not in agreement (agreement is counted on the run, not listed).
create table payment_reconciliation_finding (
    id                  bigserial primary key,
    reconciliation_id   bigint not null references payment_reconciliation (id),
    kind                text not null,
    payment_ref         text collate "C",
    transaction_id      text collate "C",
    dossier_code        text collate "C",
    paygov_status       text,
    paygov_amount       bigint,
    provincial_status   text,
    provincial_amount   bigint,
    paid_at             timestamptz,
    action              text not null
);
create index payment_reconciliation_finding_run on payment_reconciliation_finding (reconciliation_id, kind, id);

-- Working copies of both sides of one run, emptied when the run ends (unlogged: a crash only loses a run).
create unlogged table payment_reconciliation_paygov_row (
    reconciliation_id  bigint not null,
    transaction_id     text collate "C" not null,
    payment_ref        text collate "C",
    dossier_code       text collate "C",
    amount             bigint,
    status             text,
    paid_at            timestamptz,
    checksum_ok        boolean not null,
    record             text not null,
    primary key (reconciliation_id, transaction_id)
);

create unlogged table payment_reconciliation_provincial_row (
    reconciliation_id  bigint not null,
    payment_ref        text collate "C" not null,
    dossier_code       text collate "C",
    amount             bigint,
    status             text,
    transaction_id     text collate "C",
    paid_at            timestamptz,
    primary key (reconciliation_id, payment_ref)
);
