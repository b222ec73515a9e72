-- The 3–5 households rule is enforced: a sixth household for a member needs an officer's override
-- with a reason, kept on the assignment. A household is unassigned with a reason, kept on the row
-- it ends.
alter table assignment
    add column override_reason text check (length(override_reason) between 1 and 500),
    add column end_reason      text check (length(end_reason) between 1 and 500);
