-- Retention: the personal data of a settled failure (resolved, or superseded by a newer version) is erased a set time
-- after it settled, so failed_sync records when that was. Failures settled before this script count from their
-- last failure. An erased failure keeps its row with an empty record.
alter table failed_sync add column settled_at timestamptz;
update failed_sync set settled_at = last_failed_at where status in ('resolved', 'superseded');

create function failed_sync_settled() returns trigger language plpgsql as $$
begin
    if new.status not in ('resolved', 'superseded') then
        new.settled_at := null; -- open again (failed again, or released): its record is needed again
    elsif old.status not in ('resolved', 'superseded') then
        new.settled_at := now();
    end if;
    return new;
end $$;

-- named to fire after failed_sync_track, which may change the status being written (triggers fire in name order)
create trigger failed_sync_track_settled before update of status on failed_sync
    for each row execute function failed_sync_settled();

-- what the erasure still has to do, oldest first
create index failed_sync_to_erase on failed_sync (settled_at) where settled_at is not null and record <> '';
