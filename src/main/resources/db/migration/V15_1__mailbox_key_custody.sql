-- Key custody (security review H4, M3). A new recovery key is first pending: the old one keeps
-- covering new reports until the national administrator who made it confirms the private half is
-- stored. Each recovery wrap names its key, and each officer wrap the fingerprint of the public
-- key it was made for, so that a rotation or a reset never makes a grant fail or skip a reader.
alter table recovery_key add column created_by bigint references officer (id);
alter table recovery_key add column activated_at timestamptz;
update recovery_key set activated_at = created_at;

drop index recovery_key_one_active;
create unique index recovery_key_one_active on recovery_key ((retired_at is null))
    where retired_at is null and activated_at is not null;
create unique index recovery_key_one_pending on recovery_key ((activated_at is null))
    where activated_at is null and retired_at is null;

alter table report_key add column recovery_key_id bigint references recovery_key (id);
-- hex SHA-256 of the officer's public keyset; null on wraps made before: unknown, so replaced
-- by the next grant from someone who holds the key
alter table report_key add column key_fingerprint text;

-- recovery wraps made before this version: their key is known when there was only ever one
update report_key set recovery_key_id = (select min(id) from recovery_key)
where holder = 'RECOVERY' and (select count(*) from recovery_key) = 1;
