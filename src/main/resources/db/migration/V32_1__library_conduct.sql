-- The code of conduct: one document for the command, in numbered versions. Saving a version
-- publishes it; the highest number is the current one and the older ones stay readable.
create table conduct_version (
    id           bigint generated always as identity primary key,
    number       integer not null unique check (number >= 1),
    title        text not null check (length(title) between 1 and 300),
    -- what comes before the first section (the header, a short introduction)
    preamble     text not null default '',
    published_by text not null,
    published_at timestamptz not null default now()
);

create table conduct_section (
    version_id bigint  not null references conduct_version (id) on delete cascade,
    position   integer not null check (position >= 1),
    -- as written: "1", "2", "12a"
    number     text    not null check (length(number) between 1 and 20),
    heading    text    not null,
    body       text    not null,
    primary key (version_id, position)
);

-- An officer's "I have read this version". The officer is identity's account id: no foreign
-- key into another module's table. One mark per officer and version, so marking twice is the
-- same as marking once.
create table conduct_read_mark (
    version_id bigint      not null references conduct_version (id) on delete cascade,
    officer_id bigint      not null,
    read_at    timestamptz not null default now(),
    primary key (version_id, officer_id)
);
