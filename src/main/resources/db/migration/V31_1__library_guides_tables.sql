-- Picture-and-voice guides. A guide has versions: the newest unpublished one is its draft,
-- a published one is frozen, and the public reads the newest published. Texts are stored per
-- language code (BCP 47: "vi", "en", "hmn", "za-Latn" …), so a language added later needs no
-- schema change. Pictures and recordings are content-addressed (SHA-256 of the stored bytes):
-- a new draft copies its steps and shares their media, and a media address never changes.
create table guide (
    id         bigint generated always as identity primary key,
    -- the public address: /guides/{slug}
    slug       text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    created_by text not null,
    created_at timestamptz not null default now()
);

create table guide_version (
    id           bigint generated always as identity primary key,
    guide_id     bigint  not null references guide (id) on delete cascade,
    number       integer not null check (number > 0),
    published_at timestamptz,
    published_by text,
    unique (guide_id, number)
);

-- at most one draft per guide
create unique index guide_version_one_draft_idx on guide_version (guide_id) where published_at is null;

create table guide_title (
    version_id bigint not null references guide_version (id) on delete cascade,
    lang       text   not null check (lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    title      text   not null check (length(title) between 1 and 120),
    primary key (version_id, lang)
);

create table guide_media (
    -- "<sha-256 of the bytes>.<extension>", the name it is served under in /guides/media/
    hash         text  primary key check (hash ~ '^[0-9a-f]{64}\.[a-z0-9]{2,5}$'),
    content_type text  not null,
    bytes        bytea not null
);

create table guide_step (
    id          bigint generated always as identity primary key,
    version_id  bigint  not null references guide_version (id) on delete cascade,
    position    integer not null,
    -- the picture at phone widths, 360 and 720 px
    picture_360 text references guide_media (hash),
    picture_720 text references guide_media (hash),
    unique (version_id, position)
);

create table guide_step_text (
    step_id bigint not null references guide_step (id) on delete cascade,
    lang    text   not null check (lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    text    text   not null default '' check (length(text) <= 400),
    audio   text references guide_media (hash),
    primary key (step_id, lang)
);

-- how often a guide was opened, per language and Vietnam-local day: a count, nothing about
-- who opened it or when within the day
create table guide_opening (
    guide_id bigint  not null references guide (id) on delete cascade,
    lang     text    not null,
    day      date    not null,
    count    integer not null default 0,
    primary key (guide_id, lang, day)
);
