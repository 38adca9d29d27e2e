-- Alerts a team manager puts on a person's record (risk to staff, lone working, communication needs), shown at the
-- top of every page about the person until a manager ends them; an ended alert is kept with who ended it and why.
create table person_alert (
  id          uuid primary key,
  version     bigint not null default 0,
  person_id   uuid not null references person (id),
  kind        varchar(30) not null,
  detail      varchar(1000) not null,
  added_by    varchar(100) not null,
  added_at    timestamp with time zone not null,
  ended_by    varchar(100),
  ended_at    timestamp with time zone,
  end_reason  varchar(1000),
  constraint person_alert_kind_known check (kind in ('RISK_TO_STAFF', 'LONE_WORKING', 'COMMUNICATION_NEEDS')),
  constraint person_alert_ended_with_reason check ((ended_at is null and ended_by is null and end_reason is null)
      or (ended_at is not null and ended_by is not null and end_reason is not null))
);
create index person_alert_person on person_alert (person_id, added_at);
