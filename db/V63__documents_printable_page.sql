-- The page a document was made from (UTF-8 HTML), kept beside its PDF so it prints from the browser exactly as it
-- was given. Documents made before this have none: their PDF is what prints.
alter table person_document add column html bytea;
