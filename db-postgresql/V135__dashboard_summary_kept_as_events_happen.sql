-- The dashboard's busiest figures from a summary the database keeps up to date as contacts, conversations and
-- involvements are written, so a year reads a few thousand rows instead of scanning hundreds of thousands.
-- A day is the day in the session's time zone, as the scan's cast(at as date) has it (the driver sets the JVM's).

-- Contacts, conversations and concluded involvements per day, key and worker ('' where there is none).
create table dashboard_day (
  figure  varchar(40)  not null,
  day     date         not null,
  k1      varchar(60)  not null,
  k2      varchar(60)  not null,
  worker  varchar(255) not null,
  n       bigint       not null,
  primary key (figure, day, k1, k2, worker)
);

-- New cases from contacts: when each arrived and its first conversation, for days to first conversation.
create table dashboard_first_conversation (
  contact_id  uuid primary key,
  person_id   uuid,
  name        varchar(512),
  arrived_at  timestamp with time zone not null,
  worker      varchar(255),
  first_at    timestamp with time zone
);
create index dashboard_first_conversation_arrived on dashboard_first_conversation (arrived_at);

create function dashboard_count(f varchar, at timestamp with time zone, a varchar, b varchar, w varchar, delta int)
returns void language plpgsql as $$
begin
  if at is null then
    return;
  end if;
  insert into dashboard_day (figure, day, k1, k2, worker, n)
  values (f, cast(at as date), coalesce(a, ''), coalesce(b, ''), coalesce(w, ''), delta)
  on conflict (figure, day, k1, k2, worker) do update set n = dashboard_day.n + excluded.n;
end $$;

-- What one involvement counts for: the day its conversations concluded, how, and its contact's worker.
create function dashboard_concluded(i involvement, delta int) returns void language plpgsql as $$
begin
  if i.long_term_support_since is not null or i.status = 'CLOSED' then
    perform dashboard_count('CONCLUDED_INVOLVEMENTS', coalesce(i.long_term_support_since, i.ended_at),
      case when i.long_term_support_since is not null then 'LONG_TERM_SUPPORT' else 'MET_WITHOUT_LONG_TERM_SUPPORT' end,
      null, (select coalesce(c.allocated_user, c.outcome_decided_by) from contact c where c.id = i.contact_id), delta);
  end if;
end $$;

create function dashboard_first_conversation_of(contact uuid) returns void language plpgsql as $$
begin
  update dashboard_first_conversation f
     set first_at = (select min(v.held_at) from conversation v where v.contact_id = contact)
   where f.contact_id = contact;
end $$;

create function dashboard_contact_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_count('CONTACTS', old.arrived_at, old.route_of_access, coalesce(old.outcome, 'UNDECIDED'),
      coalesce(old.allocated_user, old.outcome_decided_by), -1);
    delete from dashboard_first_conversation where contact_id = old.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform dashboard_count('CONTACTS', new.arrived_at, new.route_of_access, coalesce(new.outcome, 'UNDECIDED'),
      coalesce(new.allocated_user, new.outcome_decided_by), 1);
    if new.outcome = 'NEW_CASE' then
      insert into dashboard_first_conversation (contact_id, person_id, name, arrived_at, worker, first_at)
      values (new.id, new.person_id, new.given_name || ' ' || new.family_name, new.arrived_at,
        coalesce(new.allocated_user, new.outcome_decided_by),
        (select min(v.held_at) from conversation v where v.contact_id = new.id));
    end if;
  end if;
  -- The involvements a contact opened count for its worker.
  if tg_op = 'UPDATE' and coalesce(old.allocated_user, old.outcome_decided_by, '')
      is distinct from coalesce(new.allocated_user, new.outcome_decided_by, '') then
    perform dashboard_count('CONCLUDED_INVOLVEMENTS', coalesce(i.long_term_support_since, i.ended_at),
        case when i.long_term_support_since is not null then 'LONG_TERM_SUPPORT' else 'MET_WITHOUT_LONG_TERM_SUPPORT' end,
        null, w.worker, w.delta)
      from involvement i,
        (values (coalesce(old.allocated_user, old.outcome_decided_by), -1),
                (coalesce(new.allocated_user, new.outcome_decided_by), 1)) w (worker, delta)
     where i.contact_id = new.id and (i.long_term_support_since is not null or i.status = 'CLOSED');
  end if;
  return null;
end $$;

create function dashboard_conversation_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_count('CONVERSATIONS', old.held_at, old.conversation_type, coalesce(old.outcome, 'NOT_YET_DECIDED'),
      old.held_by, -1);
    if old.contact_id is not null then
      perform dashboard_first_conversation_of(old.contact_id);
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform dashboard_count('CONVERSATIONS', new.held_at, new.conversation_type, coalesce(new.outcome, 'NOT_YET_DECIDED'),
      new.held_by, 1);
    if new.contact_id is not null and (tg_op = 'INSERT' or new.contact_id is distinct from old.contact_id
        or new.held_at is distinct from old.held_at) then
      perform dashboard_first_conversation_of(new.contact_id);
    end if;
  end if;
  return null;
end $$;

create function dashboard_involvement_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_concluded(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform dashboard_concluded(new, 1);
  end if;
  return null;
end $$;

create trigger dashboard_contact after insert or update or delete on contact
  for each row execute function dashboard_contact_changed();
create trigger dashboard_conversation after insert or update or delete on conversation
  for each row execute function dashboard_conversation_changed();
create trigger dashboard_involvement after insert or update or delete on involvement
  for each row execute function dashboard_involvement_changed();

-- What is already there, counted once.
insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONTACTS', cast(c.arrived_at as date), c.route_of_access, coalesce(c.outcome, 'UNDECIDED'),
  coalesce(c.allocated_user, c.outcome_decided_by, ''), count(*)
from contact c where c.arrived_at is not null
group by 2, 3, 4, 5;

insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONVERSATIONS', cast(v.held_at as date), v.conversation_type, coalesce(v.outcome, 'NOT_YET_DECIDED'),
  coalesce(v.held_by, ''), count(*)
from conversation v where v.held_at is not null
group by 2, 3, 4, 5;

insert into dashboard_day (figure, day, k1, k2, worker, n)
select 'CONCLUDED_INVOLVEMENTS', cast(coalesce(i.long_term_support_since, i.ended_at) as date),
  case when i.long_term_support_since is not null then 'LONG_TERM_SUPPORT' else 'MET_WITHOUT_LONG_TERM_SUPPORT' end,
  '', coalesce(c.allocated_user, c.outcome_decided_by, ''), count(*)
from involvement i left join contact c on c.id = i.contact_id
where (i.long_term_support_since is not null or i.status = 'CLOSED')
  and coalesce(i.long_term_support_since, i.ended_at) is not null
group by 2, 3, 4, 5;

insert into dashboard_first_conversation (contact_id, person_id, name, arrived_at, worker, first_at)
select c.id, c.person_id, c.given_name || ' ' || c.family_name, c.arrived_at,
  coalesce(c.allocated_user, c.outcome_decided_by),
  (select min(v.held_at) from conversation v where v.contact_id = c.id)
from contact c where c.outcome = 'NEW_CASE';
