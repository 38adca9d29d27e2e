-- Let's Talk 3: the analysis, the eligibility outcome, the financial assessment and the personal budget
-- [T 2.52-2.61]. One row per lets-talk-3 process instance; the plan itself is in support_plan(_item).

create table lets_talk_3 (
  id                              uuid primary key,
  version                         bigint not null default 0,
  -- A retried start finds the record it made.
  process_instance_id             varchar(64) not null,
  person_id                       uuid not null references person (id),
  involvement_id                  uuid references involvement (id),
  started_at                      timestamp with time zone not null,
  earlier_conversation_held       boolean not null,
  omission_reason                 varchar(4000),
  omission_requested_by           varchar(100),
  held_by                         varchar(100),
  held_at                         timestamp with time zone,
  strengths_personal              varchar(4000),
  strengths_network               varchar(4000),
  strengths_community             varchar(4000),
  ability_to_meet_own_needs       varchar(4000),
  informal_network                varchar(4000),
  interests_and_opportunities     varchar(4000),
  other_ways_to_meet_need         varchar(4000),
  risk_of_harm                    varchar(4000),
  capacity_accommodation          boolean,
  capacity_care                   boolean,
  capacity_treatment              boolean,
  best_interests_decision         varchar(4000),
  dols_risk                       boolean,
  transport                       varchar(4000),
  outcomes_sought                 varchar(4000),
  how_paid_support_meets_them     varchar(4000),
  chc_to_be_considered            boolean,
  chc_reason                      varchar(4000),
  eligibility_determination_id    uuid,
  financial_outcome               varchar(30),
  weekly_contribution             numeric(12, 2),
  personal_budget                 numeric(12, 2),
  support_plan_id                 uuid references support_plan (id),
  written_decision                varchar(4000),
  information_and_advice          varchar(4000),
  right_to_challenge_explained    boolean,
  outcome                         varchar(30),
  outcome_rationale               varchar(4000),
  concluded_at                    timestamp with time zone,
  constraint lets_talk_3_process_unique unique (process_instance_id)
);

create index lets_talk_3_person on lets_talk_3 (person_id);
create index lets_talk_3_involvement on lets_talk_3 (involvement_id);
