-- Devices: donors, donations received by a border post, the donated phones, their handover to a
-- household (a field event with a client-made UUID), the sealed photo of the signed receipt and
-- follow-up visits. post_id, household_id, resident_id, hamlet_id and commune_id name rows of other
-- modules (orgunit, registry); unit_path is the receiving hamlet's path, for scope.
create table device_donor (
    id         bigint generated always as identity primary key,
    name       text    not null check (length(name) between 1 and 200),
    name_key   text    not null,
    kind       text    not null check (kind in ('ORGANISATION', 'UNIT', 'INDIVIDUAL')),
    contact    text    check (length(contact) <= 200),
    demo       boolean not null default false,
    created_at timestamptz not null default now()
);

create unique index device_donor_name_uk on device_donor (name_key);

create table device_donation (
    id           bigint generated always as identity primary key,
    post_id      bigint  not null,
    donor_id     bigint  not null references device_donor (id),
    donated_on   date    not null,
    device_count integer not null check (device_count between 1 and 100000),
    model        text    check (length(model) <= 120),
    value_vnd    bigint  not null check (value_vnd >= 0),
    note         text    check (length(note) <= 500),
    demo         boolean not null default false,
    created_by   text    not null,
    created_at   timestamptz not null default now()
);

create index device_donation_post_idx on device_donation (post_id, donated_on);

create table device (
    id              bigint generated always as identity primary key,
    donation_id     bigint  not null references device_donation (id),
    post_id         bigint  not null,
    model           text    not null check (length(model) between 1 and 120),
    identifier_kind text    not null check (identifier_kind in ('IMEI', 'SERIAL')),
    -- upper case, so that the unique index ignores case
    identifier      text    not null check (identifier ~ '^[A-Z0-9-]{4,40}$'),
    condition       text    not null check (condition in ('NEW', 'GOOD', 'USED')),
    status          text    not null default 'IN_STOCK'
                    check (status in ('IN_STOCK', 'HANDED_OVER', 'RETURNED', 'BROKEN', 'LOST')),
    status_note     text    check (length(status_note) <= 500),
    demo            boolean not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create unique index device_identifier_uk on device (identifier);
create index device_post_idx on device (post_id, status, id);
create index device_donation_idx on device (donation_id);

create table device_handover (
    id           uuid    primary key,
    device_id    bigint  not null references device (id),
    post_id      bigint  not null,
    household_id bigint  not null,
    resident_id  bigint  not null,
    hamlet_id    bigint  not null,
    commune_id   bigint  not null,
    unit_path    text    not null,
    handed_on    date    not null,
    note         text    check (length(note) <= 500),
    officer_id   bigint,
    recorded_by  text    not null,
    recorded_at  timestamptz not null default now()
);

create index device_handover_device_idx on device_handover (device_id, handed_on);
create index device_handover_household_idx on device_handover (household_id);
create index device_handover_path_idx on device_handover (unit_path text_pattern_ops);
create index device_handover_post_idx on device_handover (post_id, handed_on);
create index device_handover_commune_idx on device_handover (commune_id, handed_on);

-- the photo of the signed receipt: re-encoded without metadata, then sealed (AES-256-GCM under a
-- key derived from the server secret, the handover id as associated data)
create table device_receipt (
    handover_id  uuid    primary key references device_handover (id),
    content_type text    not null check (content_type in ('image/jpeg', 'image/png')),
    sealed       bytea   not null,
    uploaded_by  text    not null,
    uploaded_at  timestamptz not null default now()
);

create table device_followup (
    id          uuid    primary key,
    handover_id uuid    not null references device_handover (id),
    visited_on  date    not null,
    used        boolean not null,
    note        text    check (length(note) <= 500),
    recorded_by text    not null,
    recorded_at timestamptz not null default now()
);

create index device_followup_handover_idx on device_followup (handover_id, visited_on desc);
