-- What the council relies on a team for besides its own cases, one team for each: the front door, whose queue holds
-- the contacts nobody in a team took; the carers' centre, whose queue holds a carer offered a conversation until a
-- worker takes them on; the default team, whose queue holds the work of a worker in no team (its managers are told,
-- so the worker is put in a team). Without a team for a duty the work waits in the role's queue, as before teams.
create table team_duty (
  duty      varchar(30) primary key,
  team_id   uuid not null references team (id),
  set_by    varchar(100) not null,
  set_at    timestamp with time zone not null,
  constraint team_duty_known check (duty in ('FRONT_DOOR', 'CARERS_CENTRE', 'DEFAULT_TEAM'))
);

alter table notice drop constraint notice_kind_known;
alter table notice add constraint notice_kind_known check (kind in ('CASE_ALLOCATED', 'CASE_TRANSFERRED',
  'WORK_OVERDUE', 'DECISION_OVERDUE', 'WORKER_IN_NO_TEAM'));
