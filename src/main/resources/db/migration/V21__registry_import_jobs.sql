-- CSV imports started from the import page run as background jobs: the page polls this row.
-- The file itself waits in the node's data folder between the check and the save.
create table registry_import_job (
    id           uuid primary key,
    officer_id   bigint,
    actor        text    not null,
    file_name    text    check (length(file_name) <= 200),
    file_bytes   bigint  not null,
    status       text    not null check (status in ('CHECKING', 'CHECKED', 'SAVING', 'SAVED', 'FAILED')),
    bytes_read   bigint  not null default 0,
    lines_read   bigint  not null default 0,
    households   bigint  not null default 0,
    residents    bigint  not null default 0,
    error_count  bigint  not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create index registry_import_job_officer_idx on registry_import_job (officer_id, created_at desc);

-- Every problem of the last check (up to 100,000), by line and column; the message is
-- rendered in the reader's language when shown.
create table registry_import_error (
    job_id      uuid    not null references registry_import_job (id) on delete cascade,
    n           integer not null,
    line        bigint  not null,
    column_name text,
    message_key text    not null,
    args        jsonb   not null default '[]',
    primary key (job_id, n)
);
