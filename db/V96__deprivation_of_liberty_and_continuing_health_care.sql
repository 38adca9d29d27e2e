-- Beyond a referral [T 2.56; H P4]: a deprivation of liberty authorisation with its dates, its conditions and
-- the review that falls due before it ends; a continuing health care consideration with its outcome, and the
-- council's funding meanwhile flagged for recovery when the NHS turns out to be responsible.

create table dols_authorisation (
  id             uuid primary key,
  -- A retried step finds the authorisation it recorded.
  task_id        varchar(64) not null,
  person_id      uuid not null references person (id),
  renews_id      uuid references dols_authorisation (id),
  granted_on     date not null,
  expires_on     date not null,
  conditions     varchar(4000) not null,
  review_due_on  date not null,
  recorded_by    varchar(100) not null,
  recorded_at    timestamp with time zone not null,
  reviewed_at    timestamp with time zone,
  reviewed_by    varchar(100),
  renewed        boolean,
  review_notes   varchar(4000),
  constraint dols_authorisation_task_unique unique (task_id),
  constraint dols_authorisation_dates check (expires_on > granted_on and review_due_on <= expires_on)
);

create index dols_authorisation_person on dols_authorisation (person_id, granted_on);

create table chc_consideration (
  id                        uuid primary key,
  task_id                   varchar(64) not null,
  person_id                 uuid not null references person (id),
  reason                    varchar(4000),
  referral                  varchar(4000) not null,
  referred_by               varchar(100) not null,
  referred_at               timestamp with time zone not null,
  -- ELIGIBLE, NOT_ELIGIBLE or JOINT_PACKAGE, once the health partner has decided.
  outcome                   varchar(20),
  decided_on                date,
  funded_without_prejudice  boolean,
  funded_from               date,
  weekly_cost_meanwhile     numeric(12, 2),
  recovery_flagged          boolean not null default false,
  recorded_by               varchar(100),
  recorded_at               timestamp with time zone,
  constraint chc_consideration_task_unique unique (task_id)
);

create index chc_consideration_person on chc_consideration (person_id);
