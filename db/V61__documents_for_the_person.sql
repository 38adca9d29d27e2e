-- Documents made for the person from their record (their plan, their eligibility decision, ...), kept exactly as
-- made: the PDF itself, its SHA-256, the template version and language it was made in, who and when. A later
-- change makes a new document; a document is never rewritten (on PostgreSQL a trigger refuses, db-postgresql/V62).
create table person_document (
  id                uuid primary key,
  person_id         uuid not null references person (id),
  kind              varchar(40) not null,
  -- The record the document was made from (a plan version, a determination ...): one document per step, so a
  -- retried step finds the document it made instead of making a second.
  source_id         uuid not null,
  title             varchar(200) not null,
  language          varchar(10) not null check (language in ('ENGLISH', 'WELSH')),
  template_version  varchar(64) not null,
  content           bytea not null,
  content_sha256    varchar(64) not null,
  made_by           varchar(100) not null,
  made_at           timestamp with time zone not null,
  constraint person_document_one_per_step unique (kind, source_id)
);
create index person_document_person on person_document (person_id, made_at);

-- How a document reached the person: in person, by post or by email, when and by whom. Added, never changed.
create table document_given (
  id           uuid primary key,
  document_id  uuid not null references person_document (id),
  how          varchar(20) not null check (how in ('IN_PERSON', 'POST', 'EMAIL')),
  given_at     timestamp with time zone not null,
  given_by     varchar(100) not null,
  recorded_at  timestamp with time zone not null
);
create index document_given_document on document_given (document_id);
