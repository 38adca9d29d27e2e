-- A document given to the person is never rewritten: an UPDATE of a made document, or of how one was given, is
-- refused by the database whoever asks. Deleting stays possible for the retention rules.
create function refuse_document_rewrite() returns trigger language plpgsql as $$
begin
  raise exception 'a document is never rewritten: make a new one (% %)', tg_table_name, old.id
    using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger person_document_never_rewritten before update on person_document
  for each row execute function refuse_document_rewrite();
create trigger document_given_never_rewritten before update on document_given
  for each row execute function refuse_document_rewrite();
