-- REPORT_LABELLED used to record the labels' free text, which can summarise a tip and would
-- outlive the report's retention in this append-only log. Only their number is kept now;
-- the old rows are redacted the same way, the one change ever made to past audit rows.
alter table audit_event disable trigger audit_event_no_update;
update audit_event
set details = coalesce(cardinality(string_to_array(nullif(details, ''), ', ')), 0) || ' labels'
where action = 'REPORT_LABELLED';
alter table audit_event enable trigger audit_event_no_update;
