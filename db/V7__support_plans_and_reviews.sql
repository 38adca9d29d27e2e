-- Long-term support plans and their reviews [W ¶181-194].

create table support_plan (
  id                          uuid primary key,
  version                     bigint not null default 0,
  person_id                   uuid not null references person (id),
  plan_type                   varchar(40) not null,
  status                      varchar(20) not null,
  delivery                    varchar(40),
  weekly_cost                 numeric(12, 2),
  allocated_worker            varchar(100),
  team                        varchar(100) not null,
  created_at                  timestamp with time zone not null,
  authorised_at               timestamp with time zone,
  ended_at                    timestamp with time zone,
  ended_by_review_id          uuid,
  -- One review cycle per plan: activating twice finds the cycle instead of starting another.
  review_process_instance_id  varchar(64),
  constraint support_plan_review_process_unique unique (review_process_instance_id)
);

create index support_plan_person on support_plan (person_id);
create index support_plan_status on support_plan (status);

create table support_plan_item (
  id               uuid primary key,
  plan_id          uuid not null references support_plan (id),
  position         integer not null,
  outcome          varchar(1000) not null,
  how_it_is_met    varchar(1000) not null,
  provider         varchar(200),
  frequency        varchar(200),
  weekly_cost      numeric(12, 2) not null,
  constraint support_plan_item_position_unique unique (plan_id, position)
);

create table review (
  id                      uuid primary key,
  version                 bigint not null default 0,
  plan_id                 uuid not null references support_plan (id),
  person_id               uuid not null references person (id),
  sequence_no             integer not null,
  kind                    varchar(20) not null,
  due_date                timestamp with time zone not null,
  notice_date             timestamp with time zone not null,
  scheduled_at            timestamp with time zone not null,
  requested_by            varchar(200),
  requester_role          varchar(20),
  request_reason          varchar(4000),
  overdue_since           timestamp with time zone,
  completed_at            timestamp with time zone,
  completed_by            varchar(100),
  outcome                 varchar(20),
  findings                varchar(4000),
  person_took_part        boolean,
  carer_took_part         boolean,
  advocate_took_part      boolean,
  provider_took_part      boolean,
  others_who_took_part    varchar(1000),
  why_person_did_not_take_part varchar(1000),
  new_weekly_cost         numeric(12, 2),
  plan_changes            varchar(4000),
  closure_reasons         varchar(4000),
  outcomes_evaluation     varchar(4000),
  information_and_advice  varchar(4000),
  -- Reviews of a plan are numbered; a retried scheduling step finds the one it made.
  constraint review_plan_sequence_unique unique (plan_id, sequence_no)
);

create index review_due on review (completed_at, due_date);
create index review_person on review (person_id);

-- A plan is never ended without the review that decided it [W ¶193].
alter table support_plan add constraint support_plan_ended_by_review
  foreign key (ended_by_review_id) references review (id);
alter table support_plan add constraint support_plan_ended_only_by_review
  check (status <> 'ENDED' or ended_by_review_id is not null);
