-- Eligibility determinations: the rule set and decision version applied, every answer the decision read and
-- what it decided, so a decision can be explained and challenged later [T 2.58-2.61].

create table eligibility_determination (
  id                     uuid primary key,
  version                bigint not null default 0,
  process_instance_id    varchar(64) not null,
  activity_instance_id   varchar(64) not null,
  person_id              uuid not null references person (id),
  eligibility_for        varchar(20) not null,
  rule_set               varchar(20) not null,
  decision_key           varchar(100) not null,
  decision_version       integer not null,
  decision_definition_id varchar(64) not null,
  eligible               boolean not null,
  reason                 varchar(4000) not null,
  -- England: keys of the outcomes the person is unable to achieve, comma separated.
  outcomes_not_achieved  varchar(1000),
  evidence               varchar(4000) not null,
  determined_by          varchar(100),
  determined_at          timestamp with time zone not null,
  -- One determination per step: a retried step finds the row instead of deciding again.
  constraint eligibility_determination_step_unique unique (process_instance_id, activity_instance_id)
);

create index eligibility_determination_person on eligibility_determination (person_id, determined_at);

-- Every answer as the decision read it (true/false, a choice's name, or text).
create table eligibility_answer (
  determination_id uuid not null references eligibility_determination (id),
  name             varchar(100) not null,
  answer_value     varchar(1000),
  primary key (determination_id, name)
);

-- Wales decides need by need [W ¶135].
create table eligibility_need_result (
  determination_id uuid not null references eligibility_determination (id),
  need_number      integer not null,
  description      varchar(1000) not null,
  eligible         boolean not null,
  reason           varchar(1000) not null,
  direct_payment   boolean not null,
  primary key (determination_id, need_number)
);
