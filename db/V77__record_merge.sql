-- Two records of one person merged into one: a practitioner proposes, a team manager other than the proposer
-- approves, and every row of the record merged away moves to the surviving record in the approving transaction.
-- The merged record stays, empty, pointing at the one it was merged into, so an old link still leads somewhere.

create table person_merge (
  id                   uuid primary key,
  version              bigint not null default 0,
  surviving_person_id  uuid not null references person (id),
  merged_person_id     uuid not null references person (id),
  reason               varchar(1000) not null,
  proposed_by          varchar(100) not null,
  proposed_at          timestamp with time zone not null,
  status               varchar(20) not null,
  process_instance_id  varchar(64),
  decided_by           varchar(100),
  decided_at           timestamp with time zone,
  decision_reason      varchar(1000),
  moved                varchar(4000),
  -- The record merged away while its proposal waits, empty once decided: a unique key both databases keep.
  waiting_person_id    uuid,
  constraint person_merge_status_known check (status in ('PROPOSED', 'APPROVED', 'REFUSED')),
  constraint person_merge_two_records check (surviving_person_id <> merged_person_id),
  -- One proposal waiting per record merged away.
  constraint person_merge_one_waiting unique (waiting_person_id)
);

create index person_merge_surviving on person_merge (surviving_person_id);

alter table person add column merged_into uuid references person (id);
