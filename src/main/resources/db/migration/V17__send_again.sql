-- A dossier version sent again (a reconciliation's re-sync, a replay, the look-ups' re-push) waits in sync_version
-- for the copy with this mark: a copy of the same version planned before it cannot settle it. Null: the feed's copy.
alter table sync_version add column sent_again text;

-- The version a verification's re-push sent again: pending until the delivery settled it, then repushed_at is set.
alter table verification_result add column repush_version bigint;
