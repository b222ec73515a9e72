-- Anonymous mailboxes. Report text, answers and messages are sealed under a per-report data key;
-- only routing and statistics metadata stay in clear. Reporter times are kept to the hour.
create table mailbox (
    id             bigint generated always as identity primary key,
    kind           text    not null check (kind in ('CRIME_TIP', 'FEEDBACK')),
    name           text    not null check (length(name) between 1 and 120),
    post_id        bigint  not null references border_post (id),
    retention_days integer not null default 90 check (retention_days between 1 and 3650),
    archived       boolean not null default false,
    created_at     timestamptz not null default now()
);

create index mailbox_post_idx on mailbox (post_id);

create table qr_point (
    id         bigint generated always as identity primary key,
    code       text   not null unique check (code ~ '^[A-Z2-9]{6,12}$'),
    mailbox_id bigint not null references mailbox (id),
    hamlet_id  bigint references org_unit (id),
    name       text   not null check (length(name) between 1 and 120),
    status     text   not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'RETIRED')),
    created_at timestamptz not null default now()
);

create index qr_point_mailbox_idx on qr_point (mailbox_id);

create table report (
    id                  bigint generated always as identity primary key,
    ref                 uuid   not null unique,
    mailbox_id          bigint not null references mailbox (id),
    qr_point_id         bigint not null references qr_point (id),
    category            text   not null,
    status              text   not null default 'NEW' check (status in
                            ('NEW', 'UNDER_REVIEW', 'VALUABLE', 'NOT_VALUABLE', 'SPAM', 'CASE_OPENED', 'CLOSED')),
    received_hour       timestamptz not null check (received_hour = date_trunc('hour', received_hour)),
    -- SHA-256 of the receipt's Argon2id output: finds the report, reveals nothing
    receipt_lookup      bytea  not null unique,
    content             bytea  not null,
    assigned_officer_id bigint references officer (id),
    labels              text[] not null default '{}',
    reporter_activity_hour timestamptz,
    closed_at           timestamptz
);

create index report_mailbox_idx on report (mailbox_id, received_hour desc, id desc);
create index report_status_idx on report (mailbox_id, status);

create table report_key (
    report_id  bigint not null references report (id),
    holder     text   not null check (holder in ('OFFICER', 'RECEIPT', 'RECOVERY')),
    officer_id bigint references officer (id),
    wrapped    bytea  not null,
    constraint report_key_officer check ((holder = 'OFFICER') = (officer_id is not null))
);

create unique index report_key_holder_uk on report_key (report_id, holder, coalesce(officer_id, 0));

create table report_message (
    id         bigint generated always as identity primary key,
    report_id  bigint not null references report (id),
    author     text   not null check (author in ('OFFICER', 'REPORTER')),
    officer_id bigint references officer (id),
    sent_hour  timestamptz not null check (sent_hour = date_trunc('hour', sent_hour)),
    body       bytea  not null
);

create index report_message_report_idx on report_message (report_id, id);

create table report_history (
    id          bigint generated always as identity primary key,
    report_id   bigint not null references report (id),
    officer_id  bigint not null references officer (id),
    action      text   not null,
    from_status text,
    to_status   text,
    at          timestamptz not null default now()
);

create index report_history_report_idx on report_history (report_id, id);

create table report_read (
    report_id  bigint not null references report (id),
    officer_id bigint not null references officer (id),
    primary key (report_id, officer_id)
);
