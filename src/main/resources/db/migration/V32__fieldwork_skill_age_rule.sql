-- Who a skill is for: residents from min_age (the age reached this calendar year, the registry
-- keeps a birth year only), and always the household head; or, with heads_only, the head alone.
-- A toddler is not "missing" VNeID level 2 (docs/decisions.md, 2026-12-03).
alter table skill
    add column min_age    smallint not null default 0 check (min_age between 0 and 120),
    add column heads_only boolean  not null default false;

update skill set min_age = 10 where code in ('SMARTPHONE', 'ZALO', 'SCAM_AWARENESS');
update skill set min_age = 14 where code in ('VNEID_INSTALLED', 'VNEID_LEVEL2');
update skill set min_age = 15 where code in ('QR_PAYMENT', 'PUBLIC_SERVICES', 'HEALTH_INSURANCE');
update skill set min_age = 18 where code = 'SELL_ONLINE';
