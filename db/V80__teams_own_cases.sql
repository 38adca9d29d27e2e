-- Teams are the unit of allocation. Each team's work waits in an engine group of its own (group_id), and the
-- requests that need a team manager wait in a second group of its managers (group_id || '-managers'); the roles
-- (practitioners, team managers, ...) still decide what a member may do. A worker may belong to several teams.

alter table team add column group_id varchar(100);
-- Teams made before this release get a group named after their id; new teams one named after their name.
update team set group_id = 'team-' || cast(id as varchar(36));
alter table team alter column group_id set not null;
alter table team add constraint team_group_unique unique (group_id);

-- Every case has a team and a worker it is allocated to; a transfer changes them.
alter table involvement add column allocated_team_id uuid references team (id);
alter table involvement add column allocated_worker varchar(100);

-- Cases opened before: the worker the opening contact allocated and the team they were in (one at most until
-- now, so one row). A case of a worker in no team keeps no team until a manager transfers it.
update involvement set allocated_worker =
  (select c.allocated_user from contact c where c.id = involvement.contact_id);
update involvement set allocated_team_id =
  (select m.team_id from team_member m where m.worker_user_id = involvement.allocated_worker)
  where allocated_worker is not null;

create index involvement_allocated_team on involvement (allocated_team_id, status);
create index involvement_allocated_worker on involvement (allocated_worker, status);

alter table team_member drop constraint team_member_worker_unique;
alter table team_member add constraint team_member_once_per_team unique (team_id, worker_user_id);
-- A member who manages the team: requests that need a team manager go to them.
alter table team_member add column manages boolean not null default false;
create index team_member_worker on team_member (worker_user_id);
