-- The mailbox digest: per officer, the hour up to which new reports and replies were announced
-- (items are only ever compared by their hour, as reporters' times are kept to the hour).
create table mailbox_digest (
    officer_id      bigint primary key references officer (id),
    announced_until timestamptz not null check (announced_until = date_trunc('hour', announced_until)),
    last_sent_at    timestamptz
);

-- When the officer last opened the report: a reporter's reply that came in a later hour is new
-- to them. Null for marks made before this column existed.
alter table report_read add column read_at timestamptz;

create index report_message_reporter_hour_idx on report_message (sent_hour) where author = 'REPORTER';
