-- Records kept no longer than the council's retention policy (letstalk.retention.*; SECURITY.md, "Retention"):
-- the record-retention process anonymises closed cases and trims the access log each night, and records here what
-- each run did. A run's rule is done once: a retried step finds its row.

create table retention_run (
  id                   uuid primary key,
  process_instance_id  varchar(64) not null,
  rule                 varchar(40) not null,
  cutoff               timestamp with time zone not null,
  records              integer not null,
  ran_at               timestamp with time zone not null,
  constraint retention_run_rule_unique unique (process_instance_id, rule)
);

alter table person add column anonymised_at timestamp with time zone;
