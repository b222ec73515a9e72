-- Retention also destroys reports whose triage ended as spam or not valuable, not only
-- closed ones: the day a report reached such a status (or was closed) is kept, to the day.
alter table report add column settled_at timestamptz;
update report r
set settled_at = coalesce(
        case when r.status = 'CLOSED' then r.closed_at end,
        (select date_trunc('day', max(h.at)) from report_history h
         where h.report_id = r.id and h.action = 'STATUS' and h.to_status = r.status),
        date_trunc('day', r.received_hour))
where r.status in ('CLOSED', 'SPAM', 'NOT_VALUABLE');
create index report_settled_idx on report (settled_at) where purged_at is null;

-- a case's free-text title goes once every report it was opened from or linked to is purged
alter table mailbox_case alter column title drop not null;

-- reports purged before this version kept their free-text labels, and their cases' titles
update report set labels = '{}' where purged_at is not null;
update mailbox_case c set title = null
where not exists (select 1 from mailbox_case_report cr join report r on r.id = cr.report_id
                  where cr.case_id = c.id and r.purged_at is null);
