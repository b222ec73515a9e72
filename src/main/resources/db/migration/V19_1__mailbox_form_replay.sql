-- A retried form is recognised without the receipt's Argon2id: form_ref is an HMAC of the form
-- token's nonce under a server key (the nonce is 128 random bits held only by the reporter's
-- form), and form_digest an HMAC of the submitted content keyed by that nonce, so that neither
-- the database nor the server's secrets can confirm a guess of the content. A retry with other
-- content under the same token is refused. Reports from before this migration have neither.
alter table report add column form_ref bytea unique;
alter table report add column form_digest bytea;
