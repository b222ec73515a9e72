-- Enrolment and attendance are separate: a row is an enrolment; present says whether the person
-- came (null: not marked yet). Rows recorded before this change were attendances: present.
alter table training_attendance add column present boolean;
update training_attendance set present = true;
