-- A bulk replay job's outcome is read from the attempts it recorded (the failures module owns failed_sync).
create index failed_sync_attempt_job on failed_sync_attempt (job_id) where job_id is not null;
