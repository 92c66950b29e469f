-- The newest version of each dossier a delivery was about to push, committed before the take's first portal call.
-- The portal may hold that version even when the ledger does not (an answer lost after the portal applied it, or a
-- crash before the ledger's commit): the planner never pushes an older version over it. sync_ledger keeps what the
-- portal confirmed; a version the portal refused for good loses its mark here.
create table sync_sending (
    code       text collate "C" primary key,
    version    bigint not null,
    marked_at  timestamptz not null
);
