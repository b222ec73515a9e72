-- A household and its head arrive together in bulk loads (import, demo): the head's row
-- may follow the household's within the transaction. Checked at once otherwise.
alter table household alter constraint household_head_fk deferrable initially immediate;
