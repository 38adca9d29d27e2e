-- Who a conversation that ends in a safeguarding concern names as alleged to be responsible. Kept with the
-- conversation, beside the rationale that is the concern's description, and read from here by the step that raises
-- the concern: the conversation's process hands back only its id and outcome.
alter table conversation add column concern_alleged_person_name varchar(200);
alter table conversation add column concern_alleged_person_relationship varchar(200);
alter table carer_conversation add column concern_alleged_person_name varchar(200);
alter table carer_conversation add column concern_alleged_person_relationship varchar(200);
