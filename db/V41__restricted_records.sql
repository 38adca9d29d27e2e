-- A restricted record (a member of staff, or someone known to staff): only the groups and people named read it
-- (record.RecordPolicy); a team manager sets, changes and lifts it, and every attempt to read it is logged.
create table record_restriction (
  id             uuid primary key,
  version        bigint not null default 0,
  person_id      uuid not null unique references person (id) on delete cascade,
  reason         varchar(400) not null,
  restricted_by  varchar(100) not null,
  restricted_at  timestamp with time zone not null
);

create table record_restriction_group (
  restriction_id  uuid not null references record_restriction (id) on delete cascade,
  group_id        varchar(100) not null,
  primary key (restriction_id, group_id)
);

create table record_restriction_user (
  restriction_id  uuid not null references record_restriction (id) on delete cascade,
  user_id         varchar(100) not null,
  primary key (restriction_id, user_id)
);
