-- Files attached by reporters: photos re-encoded without metadata, sealed under the report's data
-- key like the rest of the report. Only the type and size stay in clear.
create table report_file (
    id           bigint generated always as identity primary key,
    report_id    bigint  not null references report (id),
    ref          uuid    not null unique,
    content_type text    not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes   integer not null check (size_bytes > 0),
    sealed       bytea   not null,
    added_hour   timestamptz not null check (added_hour = date_trunc('hour', added_hour))
);

create index report_file_report_idx on report_file (report_id, id);
