-- Safeguarding adults (Care Act s42) [T 3.11; W ¶106-109]: concerns, the decision on each, enquiries
-- made personal, and who represents the person. Each row is keyed by the process step that writes it,
-- so a retried step finds the row instead of writing a second.

create table safeguarding_concern (
  id                          uuid primary key,
  version                     bigint not null default 0,
  -- The safeguarding-concern process that handles this concern.
  process_instance_id         varchar(64) not null,
  -- The raising step (process instance and activity instance) when raised from another process.
  raised_key                  varchar(200),
  person_id                   uuid references person (id),
  person_name                 varchar(210) not null,
  -- Where it was raised: a process (key, instance, contact) or EXTERNAL (police, provider, neighbour ...).
  raised_in                   varchar(20) not null,
  raised_in_process_key       varchar(100),
  raised_in_process_instance_id varchar(64),
  raised_in_contact_id        uuid,
  raised_by                   varchar(100),
  raised_by_external          varchar(200),
  raised_at                   timestamp with time zone not null,
  description                 varchar(4000) not null,
  abuse_type                  varchar(40),
  alleged_person_name         varchar(200),
  alleged_person_relationship varchar(200),
  immediate_danger            boolean not null,
  emergency_action            varchar(4000),
  person_wants                varchar(4000),
  capacity                    varchar(40),
  -- The s42 criteria as the decision-maker answered them, and the s42-criteria table's answer.
  care_and_support_needs      varchar(40),
  experiencing_or_at_risk     boolean,
  unable_to_protect_self      boolean,
  s42_duty_applies            boolean,
  s42_explanation             varchar(1000),
  -- The decision a person made, its route and reason.
  decision_due_at             timestamp with time zone not null,
  decision_escalated_at       timestamp with time zone,
  route                       varchar(40),
  decision_reason             varchar(4000),
  decided_by                  varchar(100),
  decided_at                  timestamp with time zone,
  decided_in_time             boolean,
  constraint safeguarding_concern_process_unique unique (process_instance_id),
  constraint safeguarding_concern_raised_key_unique unique (raised_key)
);

create index safeguarding_concern_person on safeguarding_concern (person_id, raised_at);
create index safeguarding_concern_raised_at on safeguarding_concern (raised_at);

create table safeguarding_enquiry (
  id                       uuid primary key,
  version                  bigint not null default 0,
  concern_id               uuid not null references safeguarding_concern (id),
  -- Enquiry discussion or strategy meeting.
  meeting_kind             varchar(40) not null,
  meeting_held_on          date not null,
  meeting_attendees        varchar(1000),
  meeting_notes            varchar(4000) not null,
  outcomes_person_wants    varchar(4000) not null,
  discussion_by            varchar(100),
  discussion_recorded_at   timestamp with time zone not null,
  -- Enquiry actions.
  actions_taken            varchar(4000),
  findings                 varchar(4000),
  actions_by               varchar(100),
  actions_recorded_at      timestamp with time zone,
  -- Protection plan and its latest review.
  protection_plan          varchar(4000),
  plan_review_due_on       date,
  plan_by                  varchar(100),
  plan_recorded_at         timestamp with time zone,
  plan_reviews             integer not null default 0,
  last_review_notes        varchar(4000),
  last_reviewed_by         varchar(100),
  last_reviewed_at         timestamp with time zone,
  -- Conclusion, Making Safeguarding Personal.
  msp_outcome              varchar(20),
  risk_outcome             varchar(20),
  conclusion               varchar(4000),
  concluded_by             varchar(100),
  concluded_at             timestamp with time zone,
  constraint safeguarding_enquiry_concern_unique unique (concern_id)
);

create table safeguarding_representative (
  id            uuid primary key,
  concern_id    uuid not null references safeguarding_concern (id),
  -- Where it was recorded (a step name), one representative per step.
  recorded_in   varchar(100) not null,
  role          varchar(40) not null,
  name          varchar(200) not null,
  relationship  varchar(200),
  recorded_by   varchar(100),
  recorded_at   timestamp with time zone not null,
  constraint safeguarding_representative_step_unique unique (concern_id, recorded_in)
);
