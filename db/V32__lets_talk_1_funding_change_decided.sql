-- A Let's Talk 1 funding change is applied, revised or declined: the conversation keeps how it was decided,
-- the manager's reason when declined, and the plan version it made when approved.
alter table conversation add column funding_change_status varchar(20);
alter table conversation add column funding_change_reason varchar(4000);
alter table conversation add column funding_change_plan_id uuid references support_plan (id);
