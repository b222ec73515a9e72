-- Retention: a closed report's keys, content and messages are destroyed after its mailbox's
-- retention period; the row stays, without content, for the statistics.
alter table report add column purged_at timestamptz;
create index report_closed_idx on report (closed_at) where status = 'CLOSED' and purged_at is null;
