-- Business keys the code already respects, now also guaranteed by the schema, so that a retried or concurrent
-- step (a job retry, two people completing the same task) can never write a record twice.

-- One open involvement per person (the involvement process is keyed by person; two contacts decided at the same
-- moment must not both start one). Kept by the entity: the person while open, empty once ended. Where old data
-- already holds two open involvements for a person, only the latest is marked.
alter table involvement add column open_person_id uuid;
update involvement set open_person_id = person_id
 where status = 'OPEN'
   and not exists (select 1 from involvement later
                    where later.person_id = involvement.person_id and later.status = 'OPEN'
                      and (later.started_at > involvement.started_at
                           or (later.started_at = involvement.started_at and later.id > involvement.id)));
alter table involvement add constraint involvement_open_person_unique unique (open_person_id);

-- A Let's Talk 3 drafts one support plan; a plan belongs to one Let's Talk 3.
alter table lets_talk_3 add constraint lets_talk_3_support_plan_unique unique (support_plan_id);

-- A deletion request is decided in one case-note-deletion process, and that process decides one request.
alter table case_note_deletion add constraint case_note_deletion_process_unique unique (process_instance_id);
