-- Emails that tell a worker a case is theirs or their work is overdue, and a manager that a decision waits on them.
-- Each is written in the transaction of what caused it and sent after it commits; the unique key makes a retried
-- step or a second node's sweep find the notice instead of queueing it twice.
create table notice (
  id                 uuid primary key,
  event_key          varchar(200) not null,
  recipient_user_id  varchar(100) not null,
  kind               varchar(30) not null,
  person_id          uuid,
  initials           varchar(10),
  task_id            varchar(64),
  due_at             timestamp with time zone,
  created_at         timestamp with time zone not null,
  claimed_at         timestamp with time zone,
  attempts           integer not null default 0,
  last_error         varchar(1000),
  done_at            timestamp with time zone,
  outcome            varchar(20),
  constraint notice_event_unique unique (event_key, recipient_user_id),
  constraint notice_kind_known check (kind in ('CASE_ALLOCATED', 'CASE_TRANSFERRED', 'WORK_OVERDUE',
    'DECISION_OVERDUE')),
  constraint notice_outcome_known check (outcome in ('SENT', 'LOGGED', 'TURNED_OFF', 'NO_ADDRESS', 'GAVE_UP'))
);
create index notice_waiting on notice (done_at, created_at);

-- Whoever turned their emails off; everyone else is sent them.
create table notice_preference (
  id          uuid primary key,
  user_id     varchar(100) not null,
  emails_on   boolean not null,
  changed_at  timestamp with time zone not null,
  constraint notice_preference_user_unique unique (user_id)
);

-- How far the overdue sweep has looked: each task falling due after this point is found once, not at every run.
create table notice_sweep (
  id          varchar(40) primary key,
  swept_to    timestamp with time zone not null
);
-- Tasks already overdue when notices begin are not announced all at once: the sweep starts from now.
insert into notice_sweep (id, swept_to) values ('overdue-tasks', current_timestamp);
