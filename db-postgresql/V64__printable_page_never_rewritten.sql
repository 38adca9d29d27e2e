-- The printable page of a document (db/V63) is as much the document as its PDF: rewriting it is refused too. The
-- record a document sits on may still change when two records of one person are merged, and deleting stays
-- possible for the retention rules.
create or replace function refuse_document_rewrite() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person_document' then
    if (new.id, new.kind, new.source_id, new.title, new.language, new.template_version, new.content,
        new.content_sha256, new.made_by, new.made_at, new.html)
        is not distinct from (old.id, old.kind, old.source_id, old.title, old.language, old.template_version,
        old.content, old.content_sha256, old.made_by, old.made_at, old.html) then
      return new;
    end if;
  end if;
  raise exception 'a document is never rewritten: make a new one (% %)', tg_table_name, old.id
    using errcode = 'integrity_constraint_violation';
end;
$$;
