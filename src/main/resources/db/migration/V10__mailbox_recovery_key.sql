-- The command's offline recovery key: only the public half is stored. Every new report's data key
-- is also wrapped for it, so that reports stay readable if every officer's key is lost.
create table recovery_key (
    id            bigint generated always as identity primary key,
    public_keyset bytea  not null,
    created_at    timestamptz not null default now(),
    retired_at    timestamptz
);

create unique index recovery_key_one_active on recovery_key ((retired_at is null)) where retired_at is null;
