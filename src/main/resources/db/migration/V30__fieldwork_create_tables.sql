-- Fieldwork: the skill catalogue, skill events and their folded state, support teams, household
-- assignments and visits. resident_id, household_id, hamlet_id, post_id and officer_id name rows
-- of other modules (registry, orgunit, identity); unit_path is a copy of the hamlet's path so that
-- scope is the same prefix match as everywhere.

-- Every field fact's client-made id, once: a replay with the same content is a no-op, other
-- content under the same id is a conflict (409). content is the fact's canonical JSON.
create table field_event (
    id          uuid primary key,
    kind        text not null check (kind in ('SKILL_REACHED', 'SKILL_REVOKED', 'ASSIGNMENT', 'VISIT')),
    content     text not null,
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);

create table skill (
    id       bigint generated always as identity primary key,
    code     text    not null unique check (code ~ '^[A-Z0-9_]{2,40}$'),
    name_vi  text    not null check (length(name_vi) between 1 and 120),
    name_en  text    not null check (length(name_en) between 1 and 120),
    name_fr  text    not null check (length(name_fr) between 1 and 120),
    position integer not null,
    retired  boolean not null default false
);

insert into skill (code, name_vi, name_en, name_fr, position) values
    ('SMARTPHONE', 'Sử dụng điện thoại thông minh', 'Using a smartphone', 'Utiliser un smartphone', 10),
    ('VNEID_INSTALLED', 'Cài đặt VNeID', 'VNeID installed', 'VNeID installée', 20),
    ('VNEID_LEVEL2', 'Kích hoạt VNeID mức 2', 'VNeID level 2 activated', 'VNeID niveau 2 activée', 30),
    ('QR_PAYMENT', 'Thanh toán không dùng tiền mặt (QR)', 'Cashless QR payment', 'Paiement sans espèces par QR', 40),
    ('PUBLIC_SERVICES', 'Dịch vụ công trực tuyến', 'Online public services', 'Services publics en ligne', 50),
    ('HEALTH_INSURANCE', 'Tra cứu bảo hiểm y tế', 'Health-insurance lookup', 'Consulter son assurance maladie', 60),
    ('ZALO', 'Sử dụng Zalo', 'Using Zalo', 'Utiliser Zalo', 70),
    ('SELL_ONLINE', 'Bán nông sản trên mạng', 'Selling products online', 'Vendre ses produits en ligne', 80),
    ('SCAM_AWARENESS', 'Nhận biết lừa đảo trên mạng', 'Recognizing online scams', 'Reconnaître les arnaques en ligne', 90);

-- Skill events, never changed or deleted: a skill reached (with how it was confirmed) or revoked
-- (with the reason).
create table skill_event (
    id           uuid primary key references field_event (id),
    -- arrival order, which breaks ties between events of the same day
    seq          bigint generated always as identity,
    kind         text   not null check (kind in ('REACHED', 'REVOKED')),
    resident_id  bigint not null,
    skill_id     bigint not null references skill (id),
    hamlet_id    bigint not null,
    unit_path    text   not null,
    occurred_on  date   not null,
    method       text   check (method in ('OBSERVED', 'SELF_REPORTED', 'CLASS')),
    reason       text   check (length(reason) <= 500),
    visit_id     uuid,
    recorded_by  text   not null,
    recorded_at  timestamptz not null default now(),
    demo         boolean not null default false,
    constraint skill_event_reached_has_method check (kind <> 'REACHED' or method is not null),
    constraint skill_event_revoked_has_reason check (kind <> 'REVOKED' or length(reason) > 0)
);

create index skill_event_resident_idx on skill_event (resident_id, skill_id, occurred_on);

-- The events folded: one row per skill a resident has reached (and not lost since).
create table resident_skill (
    resident_id bigint not null,
    skill_id    bigint not null references skill (id),
    hamlet_id   bigint not null,
    unit_path   text   not null,
    reached_on  date   not null,
    method      text   not null,
    event_id    uuid   not null references skill_event (id),
    primary key (resident_id, skill_id)
);

create index resident_skill_skill_idx on resident_skill (skill_id, resident_id);

-- Residents who reached each skill, per hamlet: kept in the same transaction as the events, so
-- that indicators add small numbers instead of counting residents.
create table skill_hamlet_rollup (
    hamlet_id bigint  not null,
    skill_id  bigint  not null references skill (id),
    reached   integer not null check (reached >= 0),
    primary key (hamlet_id, skill_id)
);

create table support_team (
    id         bigint generated always as identity primary key,
    post_id    bigint  not null,
    name       text    not null check (length(name) between 1 and 120),
    demo       boolean not null default false,
    archived   boolean not null default false,
    created_at timestamptz not null default now()
);

create unique index support_team_name_uk on support_team (post_id, lower(name)) where not archived;

-- A member is an officer account of the post or a volunteer recorded by name (no login).
create table team_member (
    id             bigint generated always as identity primary key,
    team_id        bigint not null references support_team (id),
    officer_id     bigint,
    volunteer_name text   check (length(volunteer_name) between 1 and 120),
    affiliation    text   check (length(affiliation) <= 120),
    joined_on      date   not null,
    left_on        date,
    demo           boolean not null default false,
    constraint team_member_officer_or_volunteer check ((officer_id is null) <> (volunteer_name is null))
);

create unique index team_member_officer_uk on team_member (team_id, officer_id)
    where officer_id is not null and left_on is null;

-- Which member looks after a household, from when to when; a reassignment closes one row and
-- opens the next.
create table assignment (
    id           uuid   primary key references field_event (id),
    household_id bigint not null,
    member_id    bigint not null references team_member (id),
    post_id      bigint not null,
    from_date    date   not null,
    to_date      date,
    ended_by     text,
    recorded_by  text   not null,
    recorded_at  timestamptz not null default now()
);

create unique index assignment_current_uk on assignment (household_id) where to_date is null;
create index assignment_member_idx on assignment (member_id) where to_date is null;
create index assignment_household_idx on assignment (household_id, from_date desc);

create table visit (
    id           uuid   primary key references field_event (id),
    household_id bigint not null,
    unit_path    text   not null,
    visited_on   date   not null,
    survey_id    uuid,
    note         text   check (length(note) <= 2000),
    recorded_by  text   not null,
    recorded_at  timestamptz not null default now(),
    demo         boolean not null default false
);

create index visit_household_idx on visit (household_id, visited_on desc);

create table visit_member (
    visit_id  uuid   not null references visit (id),
    member_id bigint not null references team_member (id),
    primary key (visit_id, member_id)
);

create table visit_taught (
    visit_id uuid   not null references visit (id),
    skill_id bigint not null references skill (id),
    primary key (visit_id, skill_id)
);
