-- A person's involvement with the council and the conversations, crisis plans, spends, decisions and
-- authorisations within it. Every row names the person and the contact so their history reads back in order.
-- Each row written by a process step carries the task or process instance that wrote it, unique, so a retried
-- step finds its row instead of writing a second.

create table involvement (
  id                   uuid primary key,
  version              bigint not null default 0,
  process_instance_id  varchar(64) not null,
  person_id            uuid not null references person (id),
  contact_id           uuid references contact (id),
  status               varchar(40) not null,
  started_at           timestamp with time zone not null,
  ended_at             timestamp with time zone,
  end_reason           varchar(4000),
  constraint involvement_process_instance_unique unique (process_instance_id)
);

create index involvement_person on involvement (person_id, started_at);

create table conversation (
  id                         uuid primary key,
  version                    bigint not null default 0,
  task_id                    varchar(64) not null,
  process_instance_id        varchar(64) not null,
  involvement_id             uuid references involvement (id),
  person_id                  uuid not null references person (id),
  contact_id                 uuid references contact (id),
  conversation_type          varchar(10) not null,
  held_by                    varchar(100) not null,
  held_at                    timestamp with time zone not null,
  today_and_tomorrow         varchar(4000),
  presenting_needs           varchar(4000) not null,
  relevant_circumstances     varchar(4000) not null,
  wellbeing_and_outcomes     varchar(4000) not null,
  strengths_personal         varchar(4000) not null,
  strengths_network          varchar(4000) not null,
  strengths_community        varchar(4000) not null,
  agreed_actions             varchar(4000) not null,
  community_connections      varchar(4000),
  participation              varchar(40) not null,
  participation_notes        varchar(4000),
  has_capacity               boolean,
  best_interests_decision    varchar(4000),
  representative             varchar(200),
  advocate                   varchar(40) not null,
  carer_present              boolean not null,
  carer_conversation_offered boolean,
  carer_conversation_refused boolean,
  carer_refused_reason       varchar(1000),
  -- A Let's Talk 2's outcome is decided at the plan's review.
  outcome                    varchar(40),
  outcome_rationale          varchar(4000),
  constraint conversation_task_unique unique (task_id)
);

create index conversation_person on conversation (person_id, held_at);

create table crisis_plan (
  id                  uuid primary key,
  version             bigint not null default 0,
  task_id             varchar(64) not null,
  conversation_id     uuid not null references conversation (id),
  person_id           uuid not null references person (id),
  contact_id          uuid references contact (id),
  made_by             varchar(100) not null,
  made_at             timestamp with time zone not null,
  starts_on           date not null,
  ends_on             date not null,
  status              varchar(40) not null,
  ended_at            timestamp with time zone,
  ended_by            varchar(100),
  end_reason          varchar(4000),
  constraint crisis_plan_task_unique unique (task_id)
);

create index crisis_plan_person_status on crisis_plan (person_id, status);

create table crisis_plan_action (
  id              uuid primary key,
  crisis_plan_id  uuid not null references crisis_plan (id),
  position        integer not null,
  description     varchar(1000) not null,
  constraint crisis_plan_action_position_unique unique (crisis_plan_id, position)
);

create table crisis_check_in (
  id              uuid primary key,
  task_id         varchar(64) not null,
  crisis_plan_id  uuid not null references crisis_plan (id),
  person_id       uuid not null references person (id),
  done_by         varchar(100) not null,
  done_at         timestamp with time zone not null,
  plan_working    boolean not null,
  notes           varchar(4000) not null,
  constraint crisis_check_in_task_unique unique (task_id)
);

create table spend (
  id                uuid primary key,
  version           bigint not null default 0,
  task_id           varchar(64) not null,
  crisis_plan_id    uuid not null references crisis_plan (id),
  person_id         uuid not null references person (id),
  contact_id        uuid references contact (id),
  amount            numeric(12,2) not null,
  purpose           varchar(1000) not null,
  limit_amount      numeric(12,2) not null,
  status            varchar(40) not null,
  requested_by      varchar(100) not null,
  requested_at      timestamp with time zone not null,
  decided_at        timestamp with time zone,
  constraint spend_task_unique unique (task_id)
);

create table decision (
  id                       uuid primary key,
  task_id                  varchar(64) not null,
  person_id                uuid not null references person (id),
  contact_id               uuid references contact (id),
  involvement_id           uuid references involvement (id),
  kind                     varchar(40) not null,
  decided_by               varchar(100) not null,
  decided_at               timestamp with time zone not null,
  what                     varchar(200) not null,
  rationale                varchar(4000) not null,
  alternatives_not_chosen  varchar(4000),
  constraint decision_task_unique unique (task_id)
);

create index decision_person on decision (person_id, decided_at);

create table authorisation_request (
  id                   uuid primary key,
  version              bigint not null default 0,
  process_instance_id  varchar(64) not null,
  request_type         varchar(40) not null,
  person_id            uuid not null references person (id),
  subject_id           uuid,
  requested_by         varchar(100) not null,
  requested_at         timestamp with time zone not null,
  weekly_cost          numeric(12,2),
  one_off_amount       numeric(12,2),
  residential          boolean not null,
  summary              varchar(4000) not null,
  level                varchar(40),
  escalations          integer not null default 0,
  status               varchar(40) not null,
  decided_by           varchar(100),
  decided_at           timestamp with time zone,
  decided_at_level     varchar(40),
  reason               varchar(4000),
  constraint authorisation_request_process_unique unique (process_instance_id)
);

create index authorisation_request_person on authorisation_request (person_id, requested_at);
