-- Survey answers are per question: a survey may leave a question out (a visit's quick
-- survey asks only the phone counts), and a question left out keeps its last known answer.
-- NULL now means "not asked" for every answer, so the phone counts and owners may be NULL.
alter table household_survey alter column smartphones drop not null;
alter table household_survey alter column feature_phones drop not null;
alter table household_survey alter column smartphone_owners drop not null;
alter table household_survey alter column smartphone_owners drop default;
alter table household_survey alter column feature_phone_owners drop not null;
alter table household_survey alter column feature_phone_owners drop default;

-- "No obstacle" was stored as NULL, the same as "not asked". It is now the answer NONE.
-- A survey that answered any other home question came from the full form, where the empty
-- choice meant "none"; a quick survey (phone counts only) did not ask, and stays NULL.
update household_survey set main_obstacle = 'NONE'
where main_obstacle is null
  and (electricity is not null or internet is not null or can_afford_phone is not null
       or viettel is not null or vnpt is not null or mobifone is not null or vietnamobile is not null);

-- A quick survey did not ask who owns the phones, but stored an empty list ("nobody").
update household_survey set smartphone_owners = null, feature_phone_owners = null
where cardinality(smartphone_owners) = 0 and cardinality(feature_phone_owners) = 0
  and main_obstacle is null and electricity is null and internet is null and can_afford_phone is null
  and viettel is null and vnpt is null and mobifone is null and vietnamobile is null;
