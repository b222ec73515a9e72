-- Registry: households, residents, their membership history and dated household surveys.
-- hamlet_id and commune_id name org units (orgunit module); unit_path is a copy of the hamlet's
-- path, kept in step by the registry when a hamlet moves, so that scope is a prefix match.
create table household (
    id               bigint generated always as identity primary key,
    code             text    not null check (code ~ '^[A-Za-z0-9._/-]{1,30}$'),
    code_key         text    not null,
    hamlet_id        bigint  not null,
    commune_id       bigint  not null,
    unit_path        text    not null,
    address          text    check (length(address) <= 300),
    latitude         numeric(9, 6) check (latitude between -90 and 90),
    longitude        numeric(9, 6) check (longitude between -180 and 180),
    head_resident_id bigint,
    ethnicity        text,
    main_language    text,
    poor             boolean not null default false,
    near_poor        boolean not null default false,
    policy           boolean not null default false,
    -- code, head's name and phone, folded (SearchKey): what household search compares
    search_key       text    not null default '',
    demo             boolean not null default false,
    archived         boolean not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint household_not_poor_and_near_poor check (not (poor and near_poor))
);

create unique index household_code_uk on household (commune_id, code_key);
create index household_order_idx on household (code_key, id);
create index household_path_idx on household (unit_path text_pattern_ops);
create index household_hamlet_idx on household (hamlet_id);
create index household_search_trgm_idx on household using gin (search_key gin_trgm_ops);

create table resident (
    id                 bigint generated always as identity primary key,
    household_id       bigint   not null references household (id),
    unit_path          text     not null,
    full_name          text     not null check (length(full_name) between 1 and 120),
    name_key           text     not null,
    sex                text     not null check (sex in ('MALE', 'FEMALE')),
    birth_year         smallint check (birth_year between 1900 and 2100),
    ethnicity          text,
    languages          text[]   not null default '{}',
    reads_vietnamese   text     check (reads_vietnamese in ('YES', 'A_LITTLE', 'NO')),
    relation           text     not null,
    phone              text     check (phone ~ '^[0-9]{9,11}$'),
    -- AES-256-GCM under a key derived from the server secret: the database alone reveals nothing
    national_id_sealed bytea,
    demo               boolean  not null default false,
    archived           boolean  not null default false,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create index resident_household_idx on resident (household_id);
create index resident_order_idx on resident (name_key, id);
create index resident_path_idx on resident (unit_path text_pattern_ops);
create index resident_name_trgm_idx on resident using gin (name_key gin_trgm_ops);
create index resident_phone_trgm_idx on resident using gin (phone gin_trgm_ops);

alter table household add constraint household_head_fk foreign key (head_resident_id) references resident (id);

-- Which household a resident belonged to, from when to when: moves close one row and open another.
create table resident_membership (
    id           bigint generated always as identity primary key,
    resident_id  bigint not null references resident (id),
    household_id bigint not null references household (id),
    relation     text   not null,
    from_date    date   not null,
    to_date      date,
    recorded_by  text   not null,
    constraint resident_membership_dates check (to_date is null or to_date >= from_date)
);

create index resident_membership_resident_idx on resident_membership (resident_id, from_date desc);
create unique index resident_membership_current_uk on resident_membership (resident_id) where to_date is null;

-- Dated survey answers: events with a client-made id, never overwritten.
create table household_survey (
    id                   uuid    primary key,
    household_id         bigint  not null references household (id),
    observed_on          date    not null,
    recorded_at          timestamptz not null default now(),
    recorded_by          text    not null,
    smartphones          smallint not null check (smartphones between 0 and 50),
    feature_phones       smallint not null check (feature_phones between 0 and 50),
    smartphone_owners    bigint[] not null default '{}',
    feature_phone_owners bigint[] not null default '{}',
    viettel              text,
    viettel_bars         smallint check (viettel_bars between 0 and 4),
    vnpt                 text,
    vnpt_bars            smallint check (vnpt_bars between 0 and 4),
    mobifone             text,
    mobifone_bars        smallint check (mobifone_bars between 0 and 4),
    vietnamobile         text,
    vietnamobile_bars    smallint check (vietnamobile_bars between 0 and 4),
    electricity          boolean,
    internet             boolean,
    can_afford_phone     boolean,
    main_obstacle        text,
    demo                 boolean not null default false
);

create index household_survey_latest_idx on household_survey (household_id, observed_on desc, recorded_at desc);
