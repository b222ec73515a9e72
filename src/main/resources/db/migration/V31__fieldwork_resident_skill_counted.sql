-- Whether a skill reached counts in the hamlet roll-up: not while the resident or their household
-- is archived in the registry. The registry's change events (a resident moved, archived or
-- restored; a household archived, restored or moved to another hamlet) keep this flag and
-- hamlet_id in step, in the registry's transaction. The row itself stays, so a restore counts the
-- skill again without replaying the events, and the resident's own history stays whole.
alter table resident_skill add column counted boolean not null default true;
