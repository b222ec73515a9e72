-- Cases opened from mailbox reports, their outcomes, and what statistics need.

-- A report counts as valuable for the statistics once it has reached VALUABLE (or was linked
-- straight into a case); the flag stays set when it later moves on to CASE_OPENED or CLOSED.
alter table report add column was_valuable boolean not null default false;
update report set was_valuable = true where status in ('VALUABLE', 'CASE_OPENED');

create table mailbox_case (
    id           bigint generated always as identity primary key,
    post_id      bigint  not null references border_post (id),
    -- the report the case was opened from: statistics count the case under its mailbox,
    -- QR point and category
    first_report_id bigint not null references report (id),
    title        text    not null check (length(title) between 1 and 200),
    kind         text    not null check (kind in ('MAJOR', 'OTHER')),
    status       text    not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    prosecuted   boolean not null default false,
    arrests      integer not null default 0 check (arrests between 0 and 10000),
    opened_at    timestamptz not null,
    closed_at    timestamptz
);

create index mailbox_case_post_idx on mailbox_case (post_id, opened_at desc, id desc);

create table mailbox_case_report (
    case_id   bigint not null references mailbox_case (id),
    report_id bigint not null unique references report (id),
    primary key (case_id, report_id)
);

create table mailbox_case_seizure (
    id       bigint generated always as identity primary key,
    case_id  bigint not null references mailbox_case (id),
    kind     text   not null check (length(kind) between 1 and 80),
    quantity numeric(14, 3) not null check (quantity >= 0),
    unit     text   not null check (unit in ('BLOCKS', 'KG', 'G', 'VEHICLES', 'MOTORCYCLES', 'PHONES', 'ITEMS'))
);

create index mailbox_case_seizure_case_idx on mailbox_case_seizure (case_id, id);

create table mailbox_case_history (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references mailbox_case (id),
    officer_id bigint not null references officer (id),
    action     text   not null,
    details    text,
    at         timestamptz not null default now()
);

create index mailbox_case_history_case_idx on mailbox_case_history (case_id, id);
