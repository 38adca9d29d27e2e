-- A contact read before anyone is sure whom it is about (a possible match waiting for a human) is logged against
-- the contact; once the match is decided the log is read with the person's (record.AccessLog#entriesFor).
alter table record_access add column contact_id uuid;
alter table record_access alter column person_id drop not null;

create index record_access_contact on record_access (contact_id);
