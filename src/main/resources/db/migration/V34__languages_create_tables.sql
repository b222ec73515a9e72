-- Languages admins add beyond the built-in Vietnamese, English and French (which live in
-- the message bundles), and the public texts people translated into them.
create table added_language (
    code        text primary key,
    name_native text not null,
    name_vi     text not null,
    enabled     boolean not null default true,
    added_at    timestamptz not null default now()
);

create table translation (
    language_code text not null references added_language (code),
    message_key   text not null,
    text          text not null,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (language_code, message_key)
);
