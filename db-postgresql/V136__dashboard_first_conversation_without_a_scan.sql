-- A new conversation moves its contact's first conversation earlier without reading the contact's conversations
-- again; only a conversation changed or removed reads them, by contact and date. Reading them for every conversation
-- written (V135), the planner could walk the index on held_at from the oldest conversation until it met one of the
-- contact's while the table's statistics were stale, a scan of most of the table for each conversation.
create function dashboard_first_conversation_at(contact uuid) returns timestamp with time zone language sql stable as $$
  select v.held_at from conversation v
  where v.contact_id = contact and v.held_at is not null
  order by v.contact_id, v.held_at
  limit 1
$$;

create or replace function dashboard_first_conversation_of(contact uuid) returns void language plpgsql as $$
begin
  update dashboard_first_conversation f
     set first_at = dashboard_first_conversation_at(contact)
   where f.contact_id = contact;
end $$;

create or replace function dashboard_contact_changed() returns trigger language plpgsql as $$
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
        coalesce(new.allocated_user, new.outcome_decided_by), dashboard_first_conversation_at(new.id));
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

create or replace function dashboard_conversation_changed() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_count('CONVERSATIONS', old.held_at, old.conversation_type, coalesce(old.outcome, 'NOT_YET_DECIDED'),
      old.held_by, -1);
    if old.contact_id is not null and (tg_op = 'DELETE' or new.contact_id is distinct from old.contact_id
        or new.held_at is distinct from old.held_at) then
      perform dashboard_first_conversation_of(old.contact_id);
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform dashboard_count('CONVERSATIONS', new.held_at, new.conversation_type, coalesce(new.outcome, 'NOT_YET_DECIDED'),
      new.held_by, 1);
    if new.contact_id is not null and new.held_at is not null then
      if tg_op = 'INSERT' then
        update dashboard_first_conversation f set first_at = least(coalesce(f.first_at, new.held_at), new.held_at)
         where f.contact_id = new.contact_id;
      elsif new.contact_id is distinct from old.contact_id or new.held_at is distinct from old.held_at then
        perform dashboard_first_conversation_of(new.contact_id);
      end if;
    end if;
  end if;
  return null;
end $$;
