-- A residents' self-check may be offered at the end of a guide ("check yourself"): the
-- guide's public address (its slug). Only self-checks; the guide page links to it.
alter table quiz add column after_guide text
    check (after_guide is null or (for_residents and after_guide ~ '^[a-z0-9]+(-[a-z0-9]+)*$'));
create index quiz_after_guide_idx on quiz (after_guide) where after_guide is not null;
