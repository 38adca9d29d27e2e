-- The person's record: case notes kept in versions, an access log, teams as data, and the monthly
-- strengths-based audit [T Part 5, Part 6].

-- Search by NHS number and date of birth alone (name and postcode keys are indexed in V1).
create index person_nhs_number on person (nhs_number);
create index person_date_of_birth on person (date_of_birth);
create index person_family_name on person (family_name);
-- Cases worked in a month are found from contact outcomes.
create index contact_outcome_decided_at on contact (outcome_decided_at);

-- Teams: which worker belongs to which team, and who manages it. Edited through /api/teams.
create table team (
  id                       uuid primary key,
  version                  bigint not null default 0,
  name                     varchar(100) not null,
  manager_user_id          varchar(100) not null,
  service_manager_user_id  varchar(100),
  created_at               timestamp with time zone not null,
  constraint team_name_unique unique (name)
);

create table team_member (
  id              uuid primary key,
  team_id         uuid not null references team (id),
  worker_user_id  varchar(100) not null,
  joined_at       timestamp with time zone not null,
  -- A worker is in one team at a time: the audit needs to know whose team a case belongs to.
  constraint team_member_worker_unique unique (worker_user_id)
);

-- Case notes [T 5.11, 5.15]. A correction adds a version; no row is ever updated in place.
create table case_note (
  id              uuid primary key,
  note_id         uuid not null,
  note_version    integer not null,
  person_id       uuid not null references person (id),
  note_date       date not null,
  kind            varchar(20) not null,
  category        varchar(20) not null,
  evidence        varchar(2000),
  note_text       varchar(4000) not null,
  correction_reason varchar(1000),
  written_by      varchar(100) not null,
  written_at      timestamp with time zone not null,
  constraint case_note_version_unique unique (note_id, note_version)
);

create index case_note_person on case_note (person_id, note_date);

-- A note is deleted only when a manager other than the requester approves; request and decision are kept.
create table case_note_deletion (
  id               uuid primary key,
  version          bigint not null default 0,
  note_id          uuid not null,
  person_id        uuid not null references person (id),
  reason           varchar(1000) not null,
  requested_by     varchar(100) not null,
  requested_at     timestamp with time zone not null,
  status           varchar(20) not null,
  -- The case-note-deletion process in which a manager decides.
  process_instance_id varchar(64),
  decided_by       varchar(100),
  decided_at       timestamp with time zone,
  decision_reason  varchar(1000)
);

create index case_note_deletion_note on case_note_deletion (note_id);
create index case_note_deletion_person on case_note_deletion (person_id);

-- Every read of a person's record and every change to it.
create table record_access (
  id          uuid primary key,
  person_id   uuid not null,
  user_id     varchar(100) not null,
  action      varchar(40) not null,
  detail      varchar(400),
  accessed_at timestamp with time zone not null
);

create index record_access_person on record_access (person_id, accessed_at);

-- One monthly audit round per process instance, reviewed by the Principal Social Worker [T 6.10].
create table audit_round (
  id                   uuid primary key,
  version              bigint not null default 0,
  process_instance_id  varchar(64) not null,
  audit_month          date not null,
  started_at           timestamp with time zone not null,
  summary              varchar(4000),
  themes               varchar(4000),
  reviewed_by          varchar(100),
  reviewed_at          timestamp with time zone,
  constraint audit_round_process_unique unique (process_instance_id)
);

-- One case audit [T 6.8, 6.13-6.15, App B]: eight principles and an overall grade.
create table case_audit (
  id                     uuid primary key,
  version                bigint not null default 0,
  round_id               uuid not null references audit_round (id),
  auditor                varchar(100) not null,
  person_id              uuid not null references person (id),
  worker                 varchar(100) not null,
  team_id                uuid not null references team (id),
  team_manager           varchar(100) not null,
  wellbeing              varchar(20),
  keeping_safe           varchar(20),
  proportionality        varchar(20),
  partnership            varchar(20),
  accountability         varchar(20),
  prevention             varchar(20),
  informal_carers        varchar(20),
  support_planning       varchar(20),
  overall_grade          varchar(20),
  commentary             varchar(4000),
  areas_for_development  varchar(4000),
  good_practice          varchar(4000),
  completed_at           timestamp with time zone,
  follow_up_by           varchar(100),
  follow_up_action       varchar(4000),
  follow_up_at           timestamp with time zone,
  constraint case_audit_pick_unique unique (round_id, auditor, person_id)
);

create index case_audit_person on case_audit (person_id);
