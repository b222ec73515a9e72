-- Personal API tokens expire (security review M5): tokens made before this version get the
-- default lifetime of 90 days from their creation.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = created_at + interval '90 days';
alter table api_token alter column expires_at set not null;
