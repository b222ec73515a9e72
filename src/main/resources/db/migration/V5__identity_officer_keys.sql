-- Each officer's key pair for reading anonymous reports. The private half is sealed under a key
-- derived from the officer's password (Argon2id with the salt here); the server never stores it open.
create table officer_key (
    officer_id      bigint primary key references officer (id),
    public_keyset   bytea  not null,
    sealed_private  bytea  not null,
    kdf_salt        bytea  not null,
    created_at      timestamptz not null default now()
);
