-- In Wales only information alone needs no assessment: when the front door gives advice or assistance, a
-- proportionate assessment follows [W ¶71]. What was given is kept on the contact (England leaves it empty).
alter table contact add column information_advice_kind varchar(20);

-- The proportionate assessment: the "what matters" conversation and the five parts of every Welsh assessment
-- [W ¶37-42, ¶78], or the person's refusal and whether it stands [W ¶124-130].
create table proportionate_assessment (
  id                          uuid primary key,
  -- A retried step finds the assessment it recorded.
  task_id                     varchar(64) not null,
  contact_id                  uuid not null references contact (id),
  person_id                   uuid not null references person (id),
  assessment_agreed           boolean,
  refusal_overridden          boolean not null,
  capacity_to_refuse          boolean,
  best_interests              boolean,
  at_risk_of_abuse_or_neglect boolean,
  refusal_notes               varchar(4000),
  refusal_decision            varchar(40),
  what_matters                varchar(4000),
  circumstances               varchar(4000),
  personal_outcomes           varchar(4000),
  barriers                    varchar(4000),
  risks                       varchar(4000),
  strengths_and_capabilities  varchar(4000),
  outcome                     varchar(40) not null,
  outcome_reason              varchar(4000),
  assessed_by                 varchar(100) not null,
  assessed_at                 timestamp with time zone not null,
  constraint proportionate_assessment_task_unique unique (task_id)
);

create index proportionate_assessment_person on proportionate_assessment (person_id);
create index proportionate_assessment_contact on proportionate_assessment (contact_id);
