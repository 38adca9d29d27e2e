-- A case moved from one team and worker to another by a team manager, with the reason: kept for the person's
-- chronology and for whoever later asks why the case is where it is.
create table case_transfer (
  id              uuid primary key,
  involvement_id  uuid not null references involvement (id),
  person_id       uuid not null references person (id),
  from_team_id    uuid references team (id),
  from_worker     varchar(100),
  to_team_id      uuid not null references team (id),
  to_worker       varchar(100) not null,
  reason          varchar(1000) not null,
  transferred_by  varchar(100) not null,
  transferred_at  timestamp with time zone not null,
  tasks_moved     integer not null,
  processes_moved integer not null
);

create index case_transfer_person on case_transfer (person_id, transferred_at);
