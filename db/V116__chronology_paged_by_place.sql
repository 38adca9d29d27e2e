-- The chronology is paged by place (when, then id), newest first: each source that grows with a long history reads
-- a page's worth of rows from the place on, through an index on the person that gives that order, so a later page
-- costs what the first does. Contacts by when they arrived and by when their outcome was decided, case notes by
-- their date; the indexes they replace served only the first column of the order.
drop index contact_person;
create index contact_person on contact (person_id, arrived_at, id);
create index contact_person_decided on contact (person_id, outcome_decided_at, id);
drop index case_note_person;
create index case_note_person on case_note (person_id, note_date, id);
