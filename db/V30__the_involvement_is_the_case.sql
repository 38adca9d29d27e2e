-- The involvement is the person's case: it stays open through long-term support and ends only when the case
-- closes. Its stage says where it is (conversations, or long-term support since a date); each run of the
-- involvement process (a contact, a reassessment, a carer's breakdown) is an episode of it, at most one running.

alter table involvement add column stage varchar(30) not null default 'CONVERSATIONS';
alter table involvement add column long_term_support_since timestamp with time zone;
-- The episode under way, if any: a further contact joins it instead of starting a second.
alter table involvement add column current_process_instance_id varchar(64);

create table involvement_episode (
  id                   uuid primary key,
  process_instance_id  varchar(64) not null,
  involvement_id       uuid not null references involvement (id),
  started_at           timestamp with time zone not null,
  constraint involvement_episode_process_unique unique (process_instance_id)
);
create index involvement_episode_involvement on involvement_episode (involvement_id, started_at);

insert into involvement_episode (id, process_instance_id, involvement_id, started_at)
  select id, process_instance_id, id, started_at from involvement;
update involvement set current_process_instance_id = process_instance_id where status = 'OPEN';

-- Involvements that ended in long-term support were the open case all along: they are open again, in the
-- long-term support stage. Where a second involvement was already opened for the person (a further contact
-- after long-term support began), that one is the case: it takes the stage, and the earlier one stays ended.
update involvement set stage = 'LONG_TERM_SUPPORT', long_term_support_since = ended_at
 where status = 'LONG_TERM_SUPPORT';
update involvement later set stage = 'LONG_TERM_SUPPORT',
       long_term_support_since = (select min(earlier.long_term_support_since) from involvement earlier
                                   where earlier.person_id = later.person_id and earlier.status = 'LONG_TERM_SUPPORT')
 where later.status = 'OPEN'
   and exists (select 1 from involvement earlier
                where earlier.person_id = later.person_id and earlier.status = 'LONG_TERM_SUPPORT');
update involvement set status = 'CLOSED'
 where status = 'LONG_TERM_SUPPORT'
   and (exists (select 1 from involvement other where other.person_id = involvement.person_id
                  and other.status = 'OPEN')
        or exists (select 1 from involvement later where later.person_id = involvement.person_id
                     and later.status = 'LONG_TERM_SUPPORT' and later.started_at > involvement.started_at));
update involvement set status = 'OPEN', open_person_id = person_id, ended_at = null, end_reason = null
 where status = 'LONG_TERM_SUPPORT';

alter table involvement add constraint involvement_status_known check (status in ('OPEN', 'CLOSED'));
alter table involvement add constraint involvement_stage_known
  check (stage in ('CONVERSATIONS', 'LONG_TERM_SUPPORT'));
