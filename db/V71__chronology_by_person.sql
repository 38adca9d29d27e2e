-- The person's chronology reads each table by person: crisis check-ins and spends had no index on it, so a
-- record's read scanned them whole.
create index crisis_check_in_person on crisis_check_in (person_id);
create index spend_person on spend (person_id);
