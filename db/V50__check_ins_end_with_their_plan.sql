-- A check-in still open when its crisis plan ends (reviewed, replaced or closed) ends with the plan and is kept
-- as such: done ones carry who did them and what they found, ended ones only when the plan's end ended them.
alter table crisis_check_in add column status varchar(20) not null default 'DONE';
alter table crisis_check_in add column ended_at timestamp with time zone;
alter table crisis_check_in alter column done_by drop not null;
alter table crisis_check_in alter column done_at drop not null;
alter table crisis_check_in alter column plan_working drop not null;
alter table crisis_check_in alter column notes drop not null;
alter table crisis_check_in add constraint crisis_check_in_done_or_ended check (
  (status = 'DONE' and done_by is not null and done_at is not null and plan_working is not null and notes is not null)
  or (status = 'ENDED_WITH_PLAN' and ended_at is not null and done_by is null));
