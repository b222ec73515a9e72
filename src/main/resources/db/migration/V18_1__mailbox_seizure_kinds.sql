-- Seizures name a kind of a fixed list (SeizureKind), each counted in one unit, so that figures
-- add up; the list brings tablets (synthetic drugs), đồng (cash) and weapons. Rows recorded
-- before keep their free-text kind and unit (BLOCKS among them).
alter table mailbox_case_seizure drop constraint mailbox_case_seizure_unit_check;
alter table mailbox_case_seizure add constraint mailbox_case_seizure_unit_check
    check (unit in ('BLOCKS', 'KG', 'G', 'VEHICLES', 'MOTORCYCLES', 'PHONES', 'ITEMS', 'TABLETS', 'VND', 'WEAPONS'));
