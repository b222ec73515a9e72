-- An officer's e-mail address and the opt-in to the mailbox digest, which says only that
-- something new is waiting. digest_since is when the officer (or an admin) last turned it on:
-- nothing older is announced.
alter table officer
    add column email        text check (email is null or length(email) between 3 and 254),
    add column digest       boolean not null default false,
    add column digest_since timestamptz,
    add constraint officer_digest_needs_email check (not digest or (email is not null and digest_since is not null));

create index officer_digest_idx on officer (id) where digest;
