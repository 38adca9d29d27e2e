-- A person's death, recorded once: the date, how the council knows, who recorded it. Their open work ends with a
-- record of why (work_ended_by_death, one row per process the death ended), and a team manager closes the case;
-- a plan in force then ends because of the death, the one way a plan ends without a review.

alter table person add column date_of_death date;

create table person_death (
  id                   uuid primary key,
  version              bigint not null default 0,
  person_id            uuid not null references person (id),
  date_of_death        date not null,
  how_known            varchar(1000) not null,
  recorded_by          varchar(100) not null,
  recorded_at          timestamp with time zone not null,
  process_instance_id  varchar(64),
  case_closed_by       varchar(100),
  case_closed_at       timestamp with time zone,
  closing_note         varchar(4000),
  constraint person_death_person_unique unique (person_id)
);

create table work_ended_by_death (
  id                   uuid primary key,
  person_id            uuid not null references person (id),
  process_key          varchar(100) not null,
  process_instance_id  varchar(64) not null,
  ended_at             timestamp with time zone not null,
  constraint work_ended_by_death_process_unique unique (process_instance_id)
);

create index work_ended_by_death_person on work_ended_by_death (person_id);

alter table support_plan add column ended_by_death boolean not null default false;
alter table support_plan drop constraint support_plan_ended_only_by_review;
alter table support_plan add constraint support_plan_ended_only_by_review_or_death
  check (status <> 'ENDED' or ended_by_review_id is not null or ended_by_death);
