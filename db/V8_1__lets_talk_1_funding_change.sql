-- A Let's Talk 1 for a person already funded can change the funding [T 2.34; T App A story 1]: the new weekly
-- cost is recorded with the conversation and sent for authorisation.
alter table conversation add column funding_change boolean;
alter table conversation add column new_weekly_cost numeric(12, 2);
