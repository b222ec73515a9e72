-- Training: classes run by or with a border post in a hamlet, attendance by resident (a field event
-- with a client-made UUID) and which attendances got the class's skills marked. post_id,
-- hamlet_id, commune_id, resident_id and household_id name rows of other modules; unit_path is the
-- venue hamlet's path, for scope. Skills are fieldwork's skill codes.
create table training_class (
    id             bigint generated always as identity primary key,
    post_id        bigint    not null,
    title          text      not null check (length(title) between 1 and 200),
    organiser_kind text      not null check (organiser_kind in ('POST', 'TELECOM', 'YOUTH_UNION', 'SCHOOL', 'OTHER')),
    organiser_name text      check (length(organiser_name) <= 200),
    hamlet_id      bigint    not null,
    commune_id     bigint    not null,
    unit_path      text      not null,
    -- local time at the venue
    starts_at      timestamp not null,
    capacity       integer   not null check (capacity between 1 and 500),
    skills         text[]    not null default '{}',
    demo           boolean   not null default false,
    created_by     text      not null,
    created_at     timestamptz not null default now()
);

create index training_class_path_idx on training_class (unit_path text_pattern_ops);
create index training_class_post_idx on training_class (post_id, starts_at);
create index training_class_commune_idx on training_class (commune_id, starts_at);

create table training_attendance (
    id           uuid    primary key,
    class_id     bigint  not null references training_class (id),
    resident_id  bigint  not null,
    household_id bigint  not null,
    walk_in      boolean not null default false,
    -- the name typed for a walk-in, to recognise the same event sent again
    walk_in_name text,
    recorded_by  text    not null,
    recorded_at  timestamptz not null default now(),
    constraint training_attendance_once unique (class_id, resident_id)
);

create table training_skill_mark (
    attendance_id uuid not null references training_attendance (id),
    skill_code    text not null,
    reached_on    date not null,
    marked_by     text not null,
    marked_at     timestamptz not null default now(),
    primary key (attendance_id, skill_code)
);
