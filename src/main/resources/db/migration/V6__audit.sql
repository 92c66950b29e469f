-- Operator actions, append-only and hash-chained: each row's hash is SHA-256 over the previous row's hash and this
-- row's canonical content, so an edited or deleted row breaks the chain, and truncation shows against an exported
-- head. Row ids are given out under the head's row lock: gap-free, so a missing id is a deleted row.
create table audit_log (
    id          bigint primary key,
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    target      text,
    detail      text,
    outcome     text not null,
    prev_hash   char(64) not null,
    hash        char(64) not null
);

-- The newest row: appending locks this single row (SELECT ... FOR UPDATE), so concurrent actions keep one chain.
create table audit_head (
    singleton   boolean primary key default true check (singleton),
    row_id      bigint not null,
    hash        char(64) not null
);
insert into audit_head (row_id, hash) values (0, repeat('0', 64));
