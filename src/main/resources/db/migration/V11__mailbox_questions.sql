-- What a mailbox's form asks, as the commander set it (JSON, see mailbox.Questions); null means
-- the default questions of the mailbox's kind.
alter table mailbox add column questions jsonb;
