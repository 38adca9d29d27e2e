-- Consent to share and whether an interpreter is needed are the person's details, kept true on the record; a contact
-- only fills them in when the record lacks them. Records made before showed both from their latest contact: they
-- start from what that contact said, so no record shows less than it did.
update person set consent_to_share =
  (select c.consent_to_share from contact c where c.person_id = person.id
   order by c.arrived_at desc fetch first 1 row only)
  where consent_to_share is null and exists (select 1 from contact c where c.person_id = person.id);
update person set interpreter_needed =
  (select c.interpreter_needed from contact c where c.person_id = person.id
   order by c.arrived_at desc fetch first 1 row only)
  where interpreter_needed is null and exists (select 1 from contact c where c.person_id = person.id);
