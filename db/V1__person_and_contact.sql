-- People the council supports, and contacts at the front door.
-- Text columns have explicit limits: the application rejects longer input with a field-named error first.

create table person (
  id                  uuid primary key,
  version             bigint not null default 0,
  given_name          varchar(100) not null,
  family_name         varchar(100) not null,
  date_of_birth       date,
  nhs_number          varchar(10),
  postcode            varchar(10),
  address             varchar(300),
  phone               varchar(40),
  preferred_language  varchar(100),
  communication_needs varchar(1000),
  name_key            varchar(210) not null,
  postcode_key        varchar(10),
  identity_key        varchar(240),
  created_at          timestamp with time zone not null,
  constraint person_nhs_number_unique unique (nhs_number),
  constraint person_identity_key_unique unique (identity_key)
);

create index person_family_name_dob on person (date_of_birth, family_name);
create index person_name_key on person (name_key);
create index person_postcode_key on person (postcode_key);

create table contact (
  id                    uuid primary key,
  version               bigint not null default 0,
  process_instance_id   varchar(64) not null,
  person_id             uuid references person (id),
  candidate_person_id   uuid references person (id),
  match_status          varchar(40) not null,
  match_decided_by      varchar(100),
  match_decision_reason varchar(4000),
  arrived_at            timestamp with time zone not null,
  recorded_by           varchar(100),
  given_name            varchar(100) not null,
  family_name           varchar(100) not null,
  date_of_birth         date,
  nhs_number            varchar(10),
  postcode              varchar(10),
  address               varchar(300),
  phone                 varchar(40),
  route_of_access       varchar(40) not null,
  contact_method        varchar(40) not null,
  contact_name          varchar(200),
  contact_relationship  varchar(200),
  contact_phone         varchar(40),
  presenting_need       varchar(4000) not null,
  consent_to_share      boolean not null,
  consent_notes         varchar(1000),
  communication_needs   varchar(1000),
  preferred_language    varchar(100),
  interpreter_needed    boolean not null,
  safeguarding_concern  boolean not null,
  safeguarding_detail   varchar(4000),
  outcome               varchar(40),
  outcome_reason        varchar(4000),
  information_given     varchar(4000),
  crisis                boolean,
  allocated_user        varchar(100),
  allocated_group       varchar(100),
  outcome_decided_by    varchar(100),
  outcome_decided_at    timestamp with time zone,
  -- One contact per process: a retried step finds the row instead of inserting a second.
  constraint contact_process_instance_unique unique (process_instance_id)
);

create index contact_person on contact (person_id, arrived_at);
create index contact_arrived_at on contact (arrived_at);
