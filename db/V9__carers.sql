-- Carers in their own right [T Part 4; W ¶83-93]: who cares for whom, the carer's own conversations, and
-- replacement care on the cared-for person's plan that a carer's plan relies on.

create table carer_link (
  id              uuid primary key,
  version         bigint not null default 0,
  carer_id        uuid not null references person (id),
  cared_for_id    uuid not null references person (id),
  relationship    varchar(200) not null,
  hours_per_week  integer not null,
  lives_together  boolean not null,
  linked_at       timestamp with time zone not null,
  linked_by       varchar(100),
  -- One link per pair: linking again updates it.
  constraint carer_link_pair_unique unique (carer_id, cared_for_id),
  constraint carer_link_not_self check (carer_id <> cared_for_id),
  constraint carer_link_hours check (hours_per_week between 0 and 168)
);

create index carer_link_cared_for on carer_link (cared_for_id);

create table carer_conversation (
  id                          uuid primary key,
  version                     bigint not null default 0,
  -- A retried step finds the record it made.
  task_id                     varchar(64) not null,
  process_instance_id         varchar(64) not null,
  conversation_type           varchar(10) not null,
  carer_id                    uuid not null references person (id),
  cared_for_id                uuid not null references person (id),
  involvement_id              uuid references involvement (id),
  held_by                     varchar(100) not null,
  held_at                     timestamp with time zone not null,
  combined                    boolean not null,
  strengths_personal          varchar(4000) not null,
  strengths_network           varchar(4000) not null,
  strengths_community         varchar(4000) not null,
  able_to_care_now            boolean not null,
  willing_to_care_now         boolean not null,
  able_to_care_in_future      boolean not null,
  willing_to_care_in_future   boolean not null,
  can_no_longer_care          boolean not null,
  work_education_training     varchar(4000) not null,
  recreation                  varchar(4000) not null,
  wellbeing_and_outcomes      varchar(4000) not null,
  risk_of_breakdown           varchar(10) not null,
  risk_of_breakdown_notes     varchar(4000),
  cared_for_needs_impact      varchar(4000) not null,
  agreed_actions              varchar(4000),
  outcome                     varchar(30),
  outcome_rationale           varchar(4000),
  written_decision            varchar(4000),
  information_and_advice      varchar(4000),
  right_to_challenge_explained boolean,
  constraint carer_conversation_task_unique unique (task_id)
);

create index carer_conversation_carer on carer_conversation (carer_id);
create index carer_conversation_cared_for on carer_conversation (cared_for_id);

-- Replacement care on the cared-for person's plan, there because the carer's plan gives the carer time out.
alter table support_plan_item add column for_carer_plan_id uuid references support_plan (id);
alter table support_plan_item add constraint support_plan_item_carer_plan_unique unique (plan_id, for_carer_plan_id);
