-- Org units: province > commune > hamlet, and the border posts that cover communes.
create table org_unit (
    id          bigint generated always as identity primary key,
    kind        text    not null check (kind in ('PROVINCE', 'COMMUNE', 'HAMLET')),
    code        text    check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
    name        text    not null check (length(name) between 1 and 120),
    name_key    text    not null,
    parent_id   bigint  references org_unit (id),
    -- ids from the root, "/1/17/230/": scope checks are prefix matches on it
    path        text    not null default '',
    demo        boolean not null default false,
    archived    boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint org_unit_root_is_province check ((kind = 'PROVINCE') = (parent_id is null))
);

create unique index org_unit_top_code_uk on org_unit (kind, code) where kind in ('PROVINCE', 'COMMUNE') and code is not null;
create unique index org_unit_hamlet_code_uk on org_unit (parent_id, code) where kind = 'HAMLET' and code is not null;
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_name_key_trgm_idx on org_unit using gin (name_key gin_trgm_ops);

create function org_unit_set_path() returns trigger language plpgsql as $$
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
    else
        select p.path || new.id || '/' into new.path from org_unit p where p.id = new.parent_id;
    end if;
    return new;
end $$;

create trigger org_unit_path_trg before insert or update of parent_id on org_unit
    for each row execute function org_unit_set_path();

create table border_post (
    id          bigint generated always as identity primary key,
    code        text    not null unique check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
    name        text    not null check (length(name) between 1 and 120),
    name_key    text    not null,
    province_id bigint  not null references org_unit (id),
    demo        boolean not null default false,
    archived    boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create index border_post_name_key_trgm_idx on border_post using gin (name_key gin_trgm_ops);

create table border_post_commune (
    post_id    bigint not null references border_post (id),
    commune_id bigint not null references org_unit (id),
    primary key (post_id, commune_id)
);

create index border_post_commune_commune_idx on border_post_commune (commune_id);
