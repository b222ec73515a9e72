-- Officer accounts, personal API tokens, and the HTTP sessions shared by every node.
create table officer (
    id                   bigint generated always as identity primary key,
    username             text    not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name         text    not null check (length(display_name) between 1 and 120),
    password_hash        text    not null,
    role                 text    not null check (role in ('PROVINCE_ADMIN', 'POST_COMMANDER', 'POST_OFFICER', 'SUPPORT_MEMBER', 'ANALYST')),
    scope_unit_id        bigint  references org_unit (id),
    scope_post_id        bigint  references border_post (id),
    totp_secret          text,
    totp_enabled         boolean not null default false,
    totp_last_step       bigint  not null default 0,
    must_change_password boolean not null default false,
    failed_attempts      integer not null default 0,
    locked_until         timestamptz,
    disabled             boolean not null default false,
    demo                 boolean not null default false,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz not null default now(),
    constraint officer_one_scope check (scope_unit_id is null or scope_post_id is null),
    constraint officer_post_roles_have_post check (
        role not in ('POST_COMMANDER', 'POST_OFFICER', 'SUPPORT_MEMBER') or scope_post_id is not null)
);

create index officer_scope_post_idx on officer (scope_post_id);

create table api_token (
    id           bigint generated always as identity primary key,
    officer_id   bigint not null references officer (id),
    name         text   not null check (length(name) between 1 and 80),
    -- SHA-256 of the token: the token itself has 256 random bits and is shown once
    token_hash   text   not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_officer_idx on api_token (officer_id);

-- Spring Session's own schema for PostgreSQL
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
