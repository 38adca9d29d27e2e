-- Who a contact's safeguarding concern names as thought to be responsible, and their relationship to the person.
-- Kept with the contact, beside the concern's detail, and read from here by the step that raises the concern: the
-- new-contact process keeps only the contact's id. Contacts recorded before keep none: their concern was raised
-- with these names already, and the safeguarding record holds them.
alter table contact add column safeguarding_alleged_person_name varchar(200);
alter table contact add column safeguarding_alleged_person_relationship varchar(200);
