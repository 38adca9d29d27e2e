-- An unwise decision with significant risk: the practitioner asks a service manager's advice [T 2.56], kept with
-- the case.
create table unwise_decision_advice (
  id           uuid primary key,
  -- A retried step finds the advice it recorded.
  task_id      varchar(64) not null,
  person_id    uuid not null references person (id),
  decision     varchar(4000) not null,
  advice       varchar(4000) not null,
  advised_by   varchar(100) not null,
  advised_at   timestamp with time zone not null,
  constraint unwise_decision_advice_task_unique unique (task_id)
);

create index unwise_decision_advice_person on unwise_decision_advice (person_id);
