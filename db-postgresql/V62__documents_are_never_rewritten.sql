-- A document given to the person is never rewritten: an UPDATE of a made document, or of how one was given, is
-- refused by the database whoever asks. The one change allowed is the record a document sits on, when two records
-- of one person are merged (person.RecordMerges): the document itself stays as it was made. Deleting stays
-- possible for the retention rules.
create function refuse_document_rewrite() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person_document' then
    if (new.id, new.kind, new.source_id, new.title, new.language, new.template_version, new.content,
        new.content_sha256, new.made_by, new.made_at)
        is not distinct from (old.id, old.kind, old.source_id, old.title, old.language, old.template_version,
        old.content, old.content_sha256, old.made_by, old.made_at) then
      return new;
    end if;
  end if;
  raise exception 'a document is never rewritten: make a new one (% %)', tg_table_name, old.id
    using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger person_document_never_rewritten before update on person_document
  for each row execute function refuse_document_rewrite();
create trigger document_given_never_rewritten before update on document_given
  for each row execute function refuse_document_rewrite();
